import type { PageServerLoad } from './$types';
import { loadWorklistFromUrl } from './query';

export const load: PageServerLoad = ({ url }) => loadWorklistFromUrl(url);
