/** "Mark as session / not a session": one remembered override per cookie name and site. */
import type { Role } from "../core/report.ts";
import type { NamePattern, Settings } from "../core/settings/settings.ts";

/** A pattern matching exactly this name: `*` is a wildcard in NamePattern, so such names become a regex. */
export function exactNamePattern(name: string): NamePattern {
	if (!name.includes("*") && !/^\/.*\/[a-z]*$/s.test(name)) return name;
	return `/^${name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$/`;
}

/** The settings with this override in place of any earlier one for the same name and site. */
export function withRoleOverride(settings: Settings, name: string, site: string, role: Role): Settings {
	const pattern = exactNamePattern(name);
	const others = settings.roleOverrides.filter((o) => !(o.name === pattern && o.site === site));
	return { ...settings, roleOverrides: [...others, { name: pattern, site, role }] };
}
