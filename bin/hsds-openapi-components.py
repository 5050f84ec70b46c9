#!/usr/bin/env python3
"""Writes src/main/resources/openapi/hsds-3.0-components.json: the official Open Referral HSDS 3.0 compiled schemas
(src/test/resources/hsds-3.0/, from openreferral/specification 3.0, CC BY-SA 4.0, or the directory given) as OpenAPI 3.1 components, one per HSDS object (named
Hsds<Object>, nested objects as $ref instead of the compiled copies), with the keywords JSON Schema knows (the
table-package keywords name, constraints, core, datapackage_metadata, path are left out). Run it when the
reference schemas change; HsdsApiDocument (offer) references the components from the HSDS operations."""
import json
import os
import sys

ref = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '../src/test/resources/hsds-3.0')
out = os.path.join(os.path.dirname(__file__), '../src/main/resources/openapi/hsds-3.0-components.json')
KEEP = ('type', 'format', 'description', 'enum', 'title', 'example', 'pattern', 'minimum', 'maximum', 'default')
components = {}


def camel(name):
    return 'Hsds' + ''.join(p.capitalize() for p in name.split('_'))


def prop(p):
    """A property: nested HSDS objects become references to their component."""
    if p.get('type') == 'array' and isinstance(p.get('items'), dict) and 'properties' in p['items']:
        return {'type': 'array', 'description': p.get('description', ''), 'items': obj(p['items'])}
    if p.get('type') == 'object' and 'properties' in p:
        return obj(p)
    out = {k: v for k, v in p.items() if k in KEEP}
    if out.get('type') in ('number', 'integer') and isinstance(out.get('example'), str):
        # the compiled schemas give numeric examples as text ("51.5"): as numbers, so they match their type
        try:
            out['example'] = int(out['example']) if out['type'] == 'integer' else float(out['example'])
        except ValueError:
            del out['example']
    if isinstance(p.get('items'), dict):
        out['items'] = {k: v for k, v in p['items'].items() if k in KEEP}
    return out


def obj(s, name=None):
    """Registers the object (the variant with most properties wins) and answers a reference to it."""
    name = camel(name or s['name'])
    schema = {'type': 'object', 'description': s.get('description', '')}
    if s.get('title'):
        schema['title'] = s['title']
    schema['properties'] = {k: prop(v) for k, v in s['properties'].items()}
    if s.get('required'):
        schema['required'] = s['required']
    old = components.get(name)
    if old is None or len(old['properties']) < len(schema['properties']) or (
            len(old['properties']) == len(schema['properties']) and len(json.dumps(old)) < len(json.dumps(schema))):
        components[name] = schema
    return {'$ref': '#/components/schemas/' + name}


for f, name in [('service', 'service'), ('organization', 'organization'),
                ('service_at_location', 'service_at_location'), ('service_list', 'service_list'),
                ('organization_list', 'organization_list'), ('service_at_location_list', 'service_at_location_list')]:
    with open(os.path.join(ref, f + '.json'), encoding='utf-8') as fh:
        obj(json.load(fh), name)
with open(os.path.join(ref, 'openapi.json'), encoding='utf-8') as fh:
    api = json.load(fh)
page = api['components']['schemas']['Page']
about = api['paths']['/']['get']['responses']['200']['content']['application/json']['schema']
components['HsdsPage'] = dict(page, description='HSDS 3.0 page of results (the Page schema of the HSDS OpenAPI).')
components['HsdsAbout'] = dict(about, description='What the HSDS API is (the answer of / in the HSDS OpenAPI).')
os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, 'w', encoding='utf-8') as fh:
    json.dump(dict(sorted(components.items())), fh, indent=1, ensure_ascii=False)
    fh.write('\n')
print(len(components), 'components,', os.path.getsize(out), 'bytes')
