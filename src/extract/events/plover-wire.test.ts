import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** Events of a text as [trigger start, end, trigger, type, category, mode, date]. */
function events(text: string, documentDate?: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate }).events.map((e) => [e.trigger.start, e.trigger.end, text.slice(e.trigger.start, e.trigger.end), e.type, e.plover.type, e.mode, e.date]);
}

/**
 * Session 13 (issue 10), on wire-report sentences written for other pairs: the mode of an act told
 * inside a relative clause, a penalty a state "would not hesitate" to impose, forces sent for a
 * joint exercise, an agreement or a lease ended, a surrender, acts agreed to, patrol vessels that act and police raids.
 */
describe('the mode of an act in a relative clause set off by commas', () => {
  it('is read in the relative clause, not in the main clause around it', () => {
    const text = 'Kampala said on 8 June 2021 that Uganda, which expelled two Kenyan diplomats in 2019, would not renew the accord.';
    expect(events(text, '2021-06-10')).toContainEqual([47, 55, 'expelled', 'conflict_or_incident', 'SANCTION', 'asserted', '2019']);
  });

  it('keeps a denial made inside the relative clause', () => {
    const text = 'Nairobi said on Monday that Kenya (which never signed the pact) would not attend the summit.';
    expect(events(text, '2021-06-10')).toContainEqual([47, 62, 'signed the pact', 'agreement_signed', 'AGREE', 'negated', '2021-06-07']);
  });

  it('still reads a main clause’s denial of its own act', () => {
    const text = 'The coast guard said on 3 May 2020 that it would not seize the trawlers.';
    expect(events(text)).toContainEqual([53, 58, 'seize', 'conflict_or_incident', 'COERCE', 'negated', '2020-05-03']);
  });
});

describe('a penalty a state would "not hesitate" to impose (plover.json byLead not-hesitate)', () => {
  it('is a threat made, not a denied expulsion', () => {
    const text = 'Riga said on Tuesday it would "not hesitate" to expel Russian diplomats if the incursions continued.';
    expect(events(text, '2021-06-10')).toContainEqual([48, 53, 'expel', 'conflict_or_incident', 'THREATEN', 'asserted', '2021-06-08']);
  });

  it('leaves an act done without hesitation, and a penalty ruled out, as they are', () => {
    // "did not hesitate" denies nothing: the seizure was made.
    const done = 'On 8 June 2021 the Gambian navy did not hesitate to seize the Senegalese trawlers.';
    expect(events(done)).toContainEqual([52, 57, 'seize', 'conflict_or_incident', 'COERCE', 'asserted', '2021-06-08']);
    const ruledOut = 'Lomé said on 2 March 2022 that it would not expel Ghanaian traders.';
    expect(events(ruledOut)).toContainEqual([44, 49, 'expel', 'conflict_or_incident', 'COERCE', 'negated', '2022-03-02']);
  });
});

describe('forces sent for a joint exercise (plover.json byArguments joint-exercise)', () => {
  it('cooperate with the host, COOPERATE of type security_cooperation', () => {
    const text = 'On 3 May 2021 the Indian navy sent two frigates to Oman for joint exercises with the Omani navy.';
    expect(events(text)).toContainEqual([30, 47, 'sent two frigates', 'security_cooperation', 'COOPERATE', 'asserted', '2021-05-03']);
  });

  it('leave forces deployed alone a show of force', () => {
    const text = 'On 3 May 2021 Kenya deployed troops along the border with Somalia.';
    expect(events(text)).toContainEqual([20, 28, 'deployed', 'conflict_or_incident', 'MOBILIZE', 'asserted', '2021-05-03']);
  });
});

describe('an agreement or a lease ended (plover.json byArguments end-agreement)', () => {
  it('terminates a cooperative relation: SANCTION, the event keeps its type', () => {
    const text = "In November 2019 Panama ended Costa Rica's lease of the two border farms.";
    expect(events(text)).toContainEqual([24, 72, "ended Costa Rica's lease of the two border farms", 'other', 'SANCTION', 'asserted', '2019-11']);
  });

  it('leaves a dispute ended with a treaty as it was', () => {
    const text = 'On 4 June 2018 Quito and Lima ended their border dispute with a treaty.';
    expect(events(text)).toContainEqual([30, 70, 'ended their border dispute with a treaty', 'other', 'OTHER', 'asserted', '2018-06-04']);
  });
});

describe('the category a surrender names (wordnet-plover.json, scripts/lexicon-wordnet.js)', () => {
  it('a surrender yields: CONCEDE', () => {
    const text = 'On 12 June 1999 the Ugandan commander surrendered the town to the rebels.';
    expect(events(text)).toContainEqual([38, 49, 'surrendered', 'conflict_or_incident', 'CONCEDE', 'asserted', '1999-06-12']);
  });
});

describe('an act a state agrees or pledges to do (plover.json byLead agreed-to)', () => {
  it('agreed or pledged: the agreement, made now', () => {
    expect(events('On 3 May 2020 Nairobi and Kampala agreed to resume talks on the border.')).toContainEqual([51, 56, 'talks', 'summit_or_meeting', 'AGREE', 'asserted', '2020-05-03']);
    expect(events('On 3 May 2020 Nairobi pledged to withdraw its troops from the island.')).toContainEqual([33, 41, 'withdraw', 'conflict_or_incident', 'AGREE', 'asserted', '2020-05-03']);
  });

  it('leaves talks held and troops withdrawn as they are', () => {
    expect(events('On 3 May 2020 Nairobi and Kampala held talks on the border.')).toContainEqual([39, 44, 'talks', 'summit_or_meeting', 'CONSULT', 'asserted', '2020-05-03']);
    expect(events('Kampala withdrew its troops from the island on 3 May 2020.')).toContainEqual([8, 16, 'withdrew', 'conflict_or_incident', 'RETREAT', 'asserted', '2020-05-03']);
  });
});

describe('patrol vessels that act, and a raid by police', () => {
  it('vessels that chase and board boats coerce (plover.json byArguments vessels-acting); vessels handed over are military aid (byArguments equipment-given)', () => {
    const acting = 'On 5 August 2023 Spanish patrol boats chased and boarded two Moroccan fishing boats.';
    expect(events(acting)).toContainEqual([25, 37, 'patrol boats', 'conflict_or_incident', 'COERCE', 'asserted', '2023-08-05']);
    const given = 'On 3 March 2019 Zagreb handed over two patrol boats to the Slovenian coast guard.';
    expect(events(given)).toContainEqual([39, 51, 'patrol boats', 'security_cooperation', 'AID', 'asserted', '2019-03-03']);
    // Named after a run of ordinals and counts: "the third of four Guardian-class patrol boats".
    const third = 'On 3 March 2019 Zagreb handed over the third of four Adriatic-class patrol boats to Slovenia.';
    expect(events(third)).toContainEqual([68, 80, 'patrol boats', 'security_cooperation', 'AID', 'asserted', '2019-03-03']);
  });

  it('a raid by police is law enforcement, COERCE (event-types.json recategorise.byAgent); shelling by forces stays FIGHT', () => {
    const raid = 'On 5 August 2023 Serbian police raided a Kosovo border post and detained two officers.';
    expect(events(raid)).toContainEqual([32, 38, 'raided', 'conflict_or_incident', 'COERCE', 'asserted', '2023-08-05']);
    const shelling = 'On 5 August 2023 Azerbaijani forces shelled Armenian positions near the border.';
    expect(events(shelling)).toContainEqual([36, 43, 'shelled', 'conflict_or_incident', 'FIGHT', 'asserted', '2023-08-05']);
  });
});
