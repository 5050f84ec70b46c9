// The alert rules of household/internal/alert/AlertRules.java, evaluated in the browser on the facts a field worker
// has offline: the same kinds, parameters, defaults and comparisons, so that what fires here fires on the server when
// the visit is synchronised. A kind this file does not know is answered as pending (it is evaluated on the server).
// MingaAlertRules.evaluate(rule, facts, today) -> [{personId, detail}] or null for a kind it cannot evaluate.
(function () {
  'use strict';
  var KNOWN = ['PREGNANT_ADOLESCENT', 'CHILD_VACCINATION', 'HOUSEHOLD_SCORE_ABOVE', 'DISABILITY_WITHOUT_CERTIFICATE',
    'OLDER_ADULT_ALONE'];

  // Period.between(birth, today).getYears()
  function age(birth, today) {
    if (!birth) { return null; }
    var b = String(birth).split('-').map(Number);
    var t = String(today).split('-').map(Number);
    var years = t[0] - b[0];
    if (t[1] < b[1] || (t[1] === b[1] && t[2] < b[2])) { years--; }
    return years;
  }

  function number(v) {
    if (v === null || v === undefined || typeof v === 'boolean') { return null; }
    var s = String(v).trim();
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) { return null; }
    return Number(s);
  }

  function yes(v) { return v === true || (v !== null && v !== undefined && String(v).toLowerCase() === 'true'); }

  function no(v) { return v === false || (v !== null && v !== undefined && String(v).toLowerCase() === 'false'); }

  function intParam(p, key, def) {
    var n = number(p[key]);
    return n === null ? def : Math.trunc(n);
  }

  function textParam(p, key, def) {
    return p[key] === null || p[key] === undefined ? def : String(p[key]);
  }

  // BigDecimal.stripTrailingZeros().toPlainString()
  function plain(n) {
    return String(Number(n));
  }

  function evaluate(rule, facts, today) {
    var p = rule.params || {};
    var out = [];
    switch (rule.kind) {
      case 'PREGNANT_ADOLESCENT':
        facts.members.forEach(function (m) {
          var a = age(m.birthDate, today);
          if (a !== null && a < intParam(p, 'maxAge', 19) && m.sex === 'F'
            && yes((m.answers || {})[textParam(p, 'question', 'gestante')])) {
            out.push({personId: m.id, detail: 'Adolescente gestante de ' + a + ' años.'});
          }
        });
        return out;
      case 'CHILD_VACCINATION':
        facts.members.forEach(function (m) {
          var a = age(m.birthDate, today);
          if (a !== null && a < intParam(p, 'maxAge', 5)
            && no((m.answers || {})[textParam(p, 'question', 'vacunacion_completa')])) {
            out.push({personId: m.id, detail: 'Niño o niña de ' + a + ' años con esquema de vacunación incompleto.'});
          }
        });
        return out;
      case 'HOUSEHOLD_SCORE_ABOVE': {
        var q = textParam(p, 'question', 'inseguridad_alimentaria');
        var v = number((facts.householdAnswers || {})[q]);
        var threshold = number(p.threshold === undefined ? 4 : p.threshold);
        if (v !== null && threshold !== null && v > threshold) {
          out.push({personId: null, detail: 'Puntaje de ' + q.replace(/_/g, ' ') + ' ' + plain(v) + ' (umbral '
            + plain(threshold) + ').'});
        }
        return out;
      }
      case 'DISABILITY_WITHOUT_CERTIFICATE':
        facts.members.forEach(function (m) {
          if (m.disability && !m.disabilityCertified) {
            out.push({personId: m.id, detail: 'Persona con discapacidad sin certificado de discapacidad.'});
          }
        });
        return out;
      case 'OLDER_ADULT_ALONE': {
        if (facts.members.length !== 1) { return out; }
        var m = facts.members[0];
        var a = age(m.birthDate, today);
        if (a !== null && a >= intParam(p, 'minAge', 60)) {
          out.push({personId: m.id, detail: 'Persona mayor de ' + a + ' años que vive sola.'});
        }
        return out;
      }
      default:
        return null;
    }
  }

  window.MingaAlertRules = {evaluate: evaluate, known: function (kind) { return KNOWN.indexOf(kind) >= 0; }};
})();
