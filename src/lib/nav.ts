import type { MessageKey } from '$lib/i18n';

export type NavItem = { href: string; label: MessageKey; roles: string[] };

/** The header's menu; each entry lists the roles that see it (the pages still check rights themselves). */
export const navItems: NavItem[] = [
	{ href: '/', label: 'nav.home', roles: ['admin', 'province', 'district', 'inspector', 'school'] },
	{ href: '/units', label: 'nav.units', roles: ['admin', 'province', 'district', 'inspector'] },
	{ href: '/imports', label: 'nav.imports', roles: ['admin', 'district', 'school'] },
	{ href: '/plans', label: 'nav.plans', roles: ['admin', 'province', 'district', 'inspector'] },
	{ href: '/reporting', label: 'nav.reporting', roles: ['admin', 'province', 'district'] },
	{ href: '/inspection', label: 'nav.inspection', roles: ['admin', 'province', 'district', 'inspector'] },
	{ href: '/admin/users', label: 'nav.admin.users', roles: ['admin', 'district'] },
	{ href: '/admin/school-years', label: 'nav.admin.schoolYears', roles: ['admin'] },
	{ href: '/admin/catalogue', label: 'nav.admin.catalogue', roles: ['admin'] },
	{ href: '/admin/units', label: 'nav.admin.units', roles: ['admin', 'province', 'district'] },
	{ href: '/admin/setup', label: 'nav.admin.setup', roles: ['admin'] },
	{ href: '/admin/notifications', label: 'nav.admin.notifications', roles: ['admin'] }
];
