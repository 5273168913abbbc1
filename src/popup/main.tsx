import { render } from "preact";
import { getMessage } from "../messaging/client.ts";
import { rememberingTranslate, type Translate } from "../ui/shared/i18n.ts";
import { App } from "./app.tsx";

const translate: Translate = rememberingTranslate((key, substitutions) => getMessage(key, substitutions));
document.title = translate("popupTitle");
const root = document.getElementById("app");
if (root) render(<App translate={translate} search={location.search} />, root);
