// The briefing's models, derived once from the whole (unfiltered) content.
import { CONTENT_INDEX } from '../content/content.ts';
import { makeTourSteps } from './tour-steps.ts';

export const TOUR_STEPS = makeTourSteps(CONTENT_INDEX);
