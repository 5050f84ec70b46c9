/**
 * Platform: users, roles, login, audit log, jurisdictions, the import framework, demo data and the
 * layout every module's pages share. Other modules depend on the public types of this package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plataforma", allowedDependencies = {})
package org.minga.platform;
