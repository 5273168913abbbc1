/** Host access per cookie: both browsers let users withhold it, so every write checks it first. */
import type { Cookie } from "../../core/cookie.ts";
import { originPattern } from "../../core/site/origin-pattern.ts";
import { cookieUrl } from "../../platform/cookie-mapping.ts";
import type { PermissionPort } from "../../platform/permission-port.ts";

/** True when the extension may write this cookie through the URL its writes use. */
export function canWrite(
	permissions: Pick<PermissionPort, "hasOrigins">,
	cookie: Pick<Cookie, "domain" | "path" | "secure">,
): Promise<boolean> {
	return permissions.hasOrigins([originPattern(cookieUrl(cookie))]);
}
