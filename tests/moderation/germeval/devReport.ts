/**
 * Tuning aid on the DEV part only (the GermEval 2018 training file): prints the dev tweets the
 * filter misses (PROFANITY, INSULT) and the harmless (OTHER) ones it flags, with the matched
 * terms. It never reads the test file (the held-out part). Output goes to the terminal only: no
 * tweet may be copied into the repository.
 * `npx tsx tests/moderation/germeval/devReport.ts [missed|flagged] [blockOnly]`
 */
import { checkText } from '../../../server/textFilter/index';
import { germevalPath, loadGermEval } from './index';

const [what = 'both', mode = 'review'] = process.argv.slice(2);
const tweets = loadGermEval(germevalPath(process.env, 'dev'));
if (!tweets) throw new Error(`no dev file at ${germevalPath(process.env, 'dev')}`);
const flagged = (verdict: string) => (mode === 'blockOnly' ? verdict === 'block' : verdict !== 'allow');
for (const t of tweets) {
  const r = checkText(t.text);
  const hit = flagged(r.verdict);
  const terms = r.matches.map((m) => `${m.term}/${m.category}/${m.severity}`).join(', ');
  if (!hit && (t.fine === 'PROFANITY' || t.fine === 'INSULT') && what !== 'flagged')
    console.log(`MISS ${t.fine.padEnd(9)} ${t.text}`);
  if (hit && t.fine === 'OTHER' && what !== 'missed') console.log(`FP   [${terms}] ${t.text}`);
}
