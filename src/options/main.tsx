import { render } from "preact";
import { createClient, getMessage } from "../messaging/client.ts";
import type { Translate } from "../ui/common/i18n.ts";
import { OptionsApp } from "./options-app.tsx";

const translate: Translate = (key, substitutions) => getMessage(key, substitutions);
document.title = translate("optionsHeading");
const root = document.getElementById("app");
if (root) render(<OptionsApp translate={translate} client={createClient()} />, root);
