import { outletOpeningEnd } from '../entities/outlet-before-subject';
import { isOutletName } from './resolve';

const NAME = String.raw`((?:[Tt]he )?[A-Z][\w.&'’-]*(?: (?:of |and |& )?[A-Z][\w.&'’-]*){0,5})`;
const INTERVIEW = new RegExp(
  String.raw`\b(?:in|during) (?:an?|her|his|their) (?:\w+ )?(?:interview|conversation|phone call|podcast|appearance|op-ed|column|article) (?:with|on|in|for) ${NAME}`,
);
const TOLD = new RegExp(String.raw`\b(?:told|tells|telling|said to|speaking to|speaking with) ${NAME}`);
const PLATFORM =
  /\b(?:on|in a post on|in a video on|in posts on|via|in a message on|in a thread on) (Twitter|X|Facebook|Instagram|TikTok|Threads|Bluesky|Truth Social|LinkedIn|YouTube|Telegram|Reddit|Substack|Weibo)\b/;
const CHANNEL =
  /\b(?:in|through) (an? (?:written |joint |brief |short |emailed |prepared |video |lengthy )?(?:statement|press release|news release|letter|email|e-mail|blog post|memo|court filing|filing|video|speech|post|text message|report|tweet|note|newsletter))\b/;
const EVENT =
  /\bat (an? (?:news|press) (?:conference|briefing)|an? (?:rally|hearing|briefing|summit|town hall|forum|press event))\b/;

/**
 * The channel a statement came through, read from the attribution words around the verb: an outlet that
 * interviewed the speaker, a platform, a statement or a news conference. `outlet` is set when it is a news outlet.
 */
export function findVia(segment: string): { via: string; outlet: boolean; index: number } | null {
  const found = findViaRaw(segment);
  // A sentence-final period is not part of the name ("told Reuters.", "told the BBC."), an initial's is ("U.S.").
  if (found?.via.endsWith('.') && !/(?:^|\s)(?:\p{L}\.)+$/u.test(found.via)) found.via = found.via.slice(0, -1);
  if (found?.outlet === false && isOutletName(found.via)) found.outlet = true;
  return found;
}

function findViaRaw(segment: string): { via: string; outlet: boolean; index: number } | null {
  const interview = INTERVIEW.exec(segment);
  if (interview?.[1])
    return {
      via: interview[1],
      outlet: isOutletName(interview[1]),
      index: interview.index + interview[0].length - interview[1].length,
    };
  const told = TOLD.exec(segment);
  // The outlet the run of capitals opens with: all of it ("the Financial Times"), or its first words when the
  // rest is a desk of it or the next clause's subject ("the BBC Chinese Service", "the BBC Labour would…").
  const outletEnd = told?.[1] ? outletOpeningEnd(told[1], isOutletName) : 0;
  const outlet = outletEnd ? told?.[1]?.slice(0, outletEnd) : null;
  if (told && outlet)
    return { via: outlet, outlet: true, index: told.index + told[0].length - (told[1] as string).length };
  const platform = PLATFORM.exec(segment);
  if (platform?.[1]) return { via: platform[1], outlet: false, index: platform.index };
  const channel = CHANNEL.exec(segment);
  if (channel?.[1]) return { via: channel[1], outlet: false, index: channel.index };
  const event = EVENT.exec(segment);
  if (event?.[1]) return { via: event[1], outlet: false, index: event.index };
  return null;
}
