/**
 * The popup's entry. The tab's report is asked for first, before anything renders: asked from the app's
 * effect it waited for the "Loading" screen to be painted (Preact runs effects after the next frame).
 */
import { render } from "preact";
import { getMessage } from "../messaging/client.ts";
import { rememberingTranslate, type Translate } from "../ui/common/i18n.ts";
import { App } from "./app.tsx";
import { askFirstReport } from "./ask-report.ts";

const first = askFirstReport(location.search);
const translate: Translate = rememberingTranslate((key, substitutions) => getMessage(key, substitutions));
document.title = translate("popupTitle");
const root = document.getElementById("app");
if (root) render(<App translate={translate} search={location.search} first={first} />, root);
