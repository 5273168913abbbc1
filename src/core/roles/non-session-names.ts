/**
 * Cookies that are known not to carry a login, even when their names contain "session" or "sid":
 * analytics, advertising, consent, load-balancer affinity and bot management. Sources: each vendor's
 * cookie documentation (Google Analytics gtag.js cookie usage, Hotjar "Cookies Set by Hotjar",
 * Amplitude/Segment/Mixpanel SDK docs, Stripe "Cookies and similar technologies", AWS ELB stickiness,
 * Azure App Service ARR affinity, Cloudflare "Cloudflare cookies", Akamai Bot Manager, OneTrust/IAB TCF).
 */

export interface KnownCookie {
	match: RegExp;
	category: string;
	product: string;
}

const A = "analytics cookie";
const AD = "advertising cookie";
const C = "consent cookie";
const LB = "load-balancer affinity cookie";
const BOT = "bot-management cookie";

export const NON_SESSION_COOKIES: readonly KnownCookie[] = [
	{ match: /^_ga(?:_[A-Z0-9]+)?$/, category: A, product: "Google Analytics _ga" },
	{ match: /^(?:_gid|_gat(?:_.*)?|_dc_gtm_.*)$/, category: A, product: "Google Analytics" },
	{ match: /^__utm[a-z]$/, category: A, product: "Google Analytics (urchin) __utm*" },
	{ match: /^(?:_gcl_.*|__gads|__gpi|IDE|DSID|NID)$/, category: AD, product: "Google Ads" },
	{ match: /^(?:_fbp|_fbc|fr)$/, category: AD, product: "Meta Pixel" },
	{ match: /^_hj/, category: A, product: "Hotjar _hj*" },
	{ match: /^(?:AMP_|amp_)/, category: A, product: "Amplitude AMP_*" },
	{ match: /^ajs_/, category: A, product: "Segment ajs_*" },
	{ match: /^mp_.*_mixpanel$/, category: A, product: "Mixpanel" },
	{ match: /^(?:_clck|_clsk|CLID|MUID|_uetsid|_uetvid)$/, category: A, product: "Microsoft Clarity / Bing" },
	{ match: /^_pk_(?:id|ses|ref|cvar|hsr)/, category: A, product: "Matomo _pk_*" },
	{ match: /^(?:__hs[a-z]+|hubspotutk|__hstc)$/, category: A, product: "HubSpot" },
	{
		match: /^(?:_ttp|_tt_.*|_pin_unauth|_rdt_uuid|_scid|li_sugr|bcookie|lidc|UserMatchHistory)$/,
		category: AD,
		product: "social ad pixel",
	},
	{ match: /^(?:AMCVS?_.*|s_cc|s_sq|s_vi|s_fid|s_ecid)$/, category: A, product: "Adobe Analytics" },
	{ match: /^(?:_vwo.*|_vis_opt_.*|optimizely.*|_dd_s)$/, category: A, product: "A/B testing or RUM" },
	{ match: /^intercom-(?:session|id|device-id)-/, category: "support-widget cookie", product: "Intercom" },
	{
		match: /^(?:__Secure-|__Host-)?(?:next-auth|authjs)\.(?:callback-url|pkce\.code_verifier|state|nonce)$/,
		category: "sign-in flow cookie",
		product: "NextAuth.js / Auth.js",
	},
	{ match: /^__stripe_(?:mid|sid)$/, category: "fraud-prevention cookie", product: "Stripe" },
	{ match: /^_shopify_(?:s|y|sa_p|sa_t)$/, category: A, product: "Shopify" },
	{
		match: /^AWSALB(?:CORS|TG.*|APP-.*)?$|^AWSELB(?:CORS)?$/,
		category: LB,
		product: "AWS load balancer AWSALB*",
	},
	{ match: /^ARRAffinity(?:SameSite)?$/, category: LB, product: "Azure App Service ARRAffinity" },
	{
		match: /^(?:BIGipServer.*|TS01[0-9a-f]+|SERVERID|ROUTEID|JROUTE|__cflb|x-ms-routing-name|TiPMix)$/,
		category: LB,
		product: "load balancer",
	},
	{
		match: /^(?:__cf_bm|cf_clearance|__cfruid|_cfuvid|__cfwaitingroom|__cfduid|cf_chl_.*)$/,
		category: BOT,
		product: "Cloudflare",
	},
	{ match: /^(?:incap_ses_.*|visid_incap_.*|nlbi_.*|reese84)$/, category: BOT, product: "Imperva" },
	{ match: /^(?:ak_bmsc|bm_sz|bm_sv|bm_mi|_abck|bm_s|bm_so)$/, category: BOT, product: "Akamai Bot Manager" },
	{ match: /^(?:datadome|__ddg\d*_?)$/, category: BOT, product: "DataDome / DDoS-Guard" },
	{
		match: /^(?:OptanonConsent|OptanonAlertBoxClosed|OTAdditionalConsentString)$/,
		category: C,
		product: "OneTrust",
	},
	{ match: /^(?:euconsent(?:-v2)?|usprivacy|__cmpc.*|addtl_consent)$/, category: C, product: "IAB TCF" },
	{
		match: /^(?:CookieConsent|cookieconsent_status|cookieyes-consent|cky-consent|CookieScriptConsent)$/,
		category: C,
		product: "cookie banner",
	},
	{
		match: /^(?:cookielawinfo-.*|didomi_token|_iub_cs-.*|borlabs-cookie|cmplz_.*|moove_gdpr_popup)$/,
		category: C,
		product: "cookie banner",
	},
];

/**
 * All entries as one regular expression, each in a group of its own: one pass instead of one test per
 * entry, for every cookie name an audit has not seen before (`npm run bench`). Every entry is anchored
 * with `^` and has no flags, so the first alternative that matches is the first entry that matches.
 */
const ALL = new RegExp(NON_SESSION_COOKIES.map((entry, i) => `(?<e${i}>${entry.match.source})`).join("|"));

/** The known non-session cookie this name is, if any. */
export function findNonSession(name: string): KnownCookie | undefined {
	const groups = ALL.exec(name)?.groups;
	if (!groups) return undefined;
	return NON_SESSION_COOKIES.find((_, i) => groups[`e${i}`] !== undefined);
}
