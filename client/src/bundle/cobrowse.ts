// The classic script served as /tetherfi/cobrowse/tetherfi-cobrowse.min.js: co-browsing for
// livechat.js, which loads it on first use unless the page included it.
import { Cobrowsing } from '../cobrowse/cobrowsing.ts';
import { registerPart } from '../media/parts.ts';

registerPart('cobrowse', { Cobrowsing });
