import { render } from "preact";
import { createClient, getMessage } from "../../messaging/client.ts";
import type { Translate } from "../../ui/common/i18n.ts";
import { OverviewApp } from "./overview-app.tsx";

const translate: Translate = (key, substitutions) => getMessage(key, substitutions);
document.title = translate("overviewHeading");
const root = document.getElementById("app");
if (root) render(<OverviewApp translate={translate} client={createClient()} />, root);
