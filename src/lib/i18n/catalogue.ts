import { common } from './messages/common';
import { auth } from './messages/auth';
import { admin } from './messages/admin';
import { importsRead } from './messages/imports-read';
import { imports } from './messages/imports';
import { targets } from './messages/targets';
import { plans } from './messages/plans';
import { reporting } from './messages/reporting';
import { inspection } from './messages/inspection';
import { dashboards } from './messages/dashboards';
import { schoolHome } from './messages/school-home';
import { schoolYears } from './messages/school-years';
import { setup } from './messages/setup';
import { bulkAccounts } from './messages/bulk-accounts';
import { completeness } from './messages/completeness';
import { catalogueAdmin } from './messages/catalogue-admin';
import { formulaHistory } from './messages/formula-history';
import { outage } from './messages/outage';
import { doors } from './messages/doors';
import { unitsAdmin } from './messages/units-admin';
import { processes } from './messages/processes';
import { setupWorkbook } from './messages/setup-workbook';
import { defectsRules } from './messages/defects-rules';
import { review } from './messages/review';
import { followUp } from './messages/follow-up';
import { periodReport } from './messages/period-report';
import { comparisons } from './messages/comparisons';
import { defectsUi } from './messages/defects-ui';
import { notifications } from './messages/notifications';
import { planReader } from './messages/plan-reader';

/** Every user-visible string; one file per domain under messages/. */
export const messages = {
	...common,
	...auth,
	...admin,
	...importsRead,
	...imports,
	...targets,
	...plans,
	...reporting,
	...inspection,
	...dashboards,
	...schoolHome,
	...schoolYears,
	...setup,
	...bulkAccounts,
	...completeness,
	...catalogueAdmin,
	...formulaHistory,
	...outage,
	...doors,
	...unitsAdmin,
	...processes,
	...setupWorkbook,
	...defectsRules,
	...review,
	...followUp,
	...periodReport,
	...comparisons,
	...defectsUi,
	...notifications,
	...planReader
};
export type MessageKey = keyof typeof messages;
