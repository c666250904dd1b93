/** @oxios/web — the built Oxios dashboard, for servers that host it. */
export { dashboardRoot } from './dashboard-root.js';
