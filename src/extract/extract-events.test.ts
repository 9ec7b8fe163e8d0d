import { describe, expect, it } from 'vitest';
import { extract } from './pipeline.js';
import { structure } from '../ingest/segment/structure.js';

/** The pipeline over a text segmented as ingest segments it (the events half of extract.test.ts). */
function run(text: string, documentDate?: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate });
}

describe('events', () => {
  it('types and dates events, one per date, with actors', () => {
    const text = 'SG Nong Duc Manh visited Japan in October 2002 and April 2009.';
    const a = run(text);
    expect(a.events.map((e) => [e.type, e.date, text.slice(e.start, e.end) === text])).toEqual([
      ['leader_visit', '2002-10', true],
      ['leader_visit', '2009-04', true],
    ]);
    expect(a.events[0]!.actors.map((x) => x.name)).toEqual(['Nong Duc Manh', 'Japan']);
  });

  it('splits a sentence with two dated clauses into two typed events', () => {
    const a = run("In November 2006, the WTO General Council agreed on Viet Nam's accession, and in January 2007, Viet Nam became the 150th member of the WTO.");
    expect(a.events.map((e) => [e.date, e.type])).toContainEqual(['2007-01', 'multilateral_membership']);
  });

  it('reads a list of visits as one event per bracketed year, each with the names before it', () => {
    const text =
      'From Japan, these visits included Speaker of the House Yamazaki Masaaki (2015), Foreign Minister Fumio Kishida (2016), Prime Minister Shinzo Abe, the Emperor and Empress, Speaker of the House Tadamori Oshima (2017), Foreign Minister Taro Kono (2018), Prime Minister Suga Yoshihide, and Foreign Minister Motegi Toshimitsu (2020), and Prime Minister Kishida Fumio (2022).';
    const events = run(text).events;
    expect(events.map((e) => [e.type, e.date])).toEqual(['2015', '2016', '2017', '2018', '2020', '2022'].map((y) => ['leader_visit', y]));
    const people = (date: string) =>
      events
        .find((e) => e.date === date)!
        .actors.map((a) => a.name)
        .filter((n) => n !== 'Japan');
    expect(people('2016')).toEqual(['Fumio Kishida']);
    expect(people('2020')).toEqual(expect.arrayContaining(['Toshimitsu Motegi']));
    expect(people('2020')).not.toContain('Fumio Kishida');
    // The visitors listed after "these visits included" act; each item keeps the list head's
    // country ("From Japan"), not its people.
    expect(events.find((e) => e.date === '2016')!.actors).toEqual([
      { name: 'Fumio Kishida', entity: 'person:fumio-kishida', role: 'agent' },
      { name: 'Japan', entity: 'country:JPN', role: 'agent' },
    ]);
    expect(events.find((e) => e.date === '2015')!.actors.map((a) => [a.name, a.role])).toEqual([
      ['Japan', 'agent'],
      ['Yamazaki Masaaki', 'agent'],
    ]);
  });

  it('ends each item of a list at its date, with the head country and its own people', () => {
    const three = run('Three presidents have also come to Japan as state guests: Nguyen Minh Triet in November 2007, Truong Tan Sang in March 2014, and Tran Dai Quang in May–June 2018.').events;
    expect(three.map((e) => [e.date, e.actors.map((a) => `${a.name}:${a.role}`)])).toEqual([
      ['2007-11', ['Japan:target', 'Nguyen Minh Triet:agent']],
      ['2014-03', ['Truong Tan Sang:agent', 'Japan:target']],
      ['2018-05/2018-06', ['Tran Dai Quang:agent', 'Japan:target']],
    ]);
    // An item that names someone the lexicon does not know takes the head's countries, not its people.
    const royals = run(
      'As for the imperial family members from Japan, Prince and Princess Akishino visited Viet Nam in June 1999, the Crown Prince (now Emperor) in February 2009, and the former Emperor and Empress in February–March 2017.',
    ).events;
    expect(royals.find((e) => e.date === '2017-02/2017-03')!.actors.map((a) => a.name)).toEqual(['Japan', 'Vietnam']);
    // An item with nothing but its date has the head's people too.
    const twice = run('SG Nong Duc Manh visited Japan in October 2002 and April 2009.').events;
    expect(twice.map((e) => [e.date, e.actors.map((a) => a.name)])).toEqual([
      ['2002-10', ['Nong Duc Manh', 'Japan']],
      ['2009-04', ['Nong Duc Manh', 'Japan']],
    ]);
  });

  it('gives actors roles from the words before them', () => {
    const a = run('In the meantime, in November 2017, Prime Minister Abe visited Da Nang to attend the APEC summit and met bilaterally with President Tran Dai Quang, the host of the summit.');
    expect(a.events[0]!.actors.map((x) => [x.name, x.role])).toEqual([
      ['Shinzo Abe', 'agent'],
      ['APEC', 'target'],
      ['Tran Dai Quang', 'target'],
    ]);
  });

  it('gives the place an event happened', () => {
    const a = run(
      "In May 1999, after the outbreak of the Asian financial crisis, Finance Minister Kiichi Miyazawa visited Hanoi and met Prime Minister Phan Van Khai, promising a ¥20 billion loan for Viet Nam's economic reform (Japan Ministry of Finance, 1999).",
    );
    // What was done on the visit (the loan promised) is the event; the visit gives its place.
    expect(a.events.map((e) => [e.type, e.date, e.location])).toEqual([['aid_commitment', '1999-05', 'Hanoi']]);
    expect(run('In November 2021, Prime Minister Pham Minh Chinh visited Japan and issued a new joint statement with Prime Minister Fumio Kishida.').events[0]!.location).toBe('Japan');
  });

  it('takes the country a meeting was held in as its place, not as an actor', () => {
    const a = run('In July 1995, at the ASEAN AMM held in Brunei Darussalam, Viet Nam became an official member of ASEAN.');
    expect(a.events.map((e) => [e.type, e.date, e.location, e.actors.map((x) => x.name)])).toEqual([['multilateral_membership', '1995-07', 'Brunei', ['ASEAN', 'Vietnam']]]);
  });

  it('dates an event by its own date, not by a date that frames it', () => {
    const a = run('In January 2013, Prime Minister Abe chose Viet Nam for his first official trip overseas since the start of his second cabinet in late 2012.');
    expect(a.events.map((e) => [e.type, e.date])).toEqual([['leader_visit', '2013-01']]);
  });

  it('marks events of third countries only, in a document about a pair', () => {
    const text = [
      'In November 2021, Prime Minister Pham Minh Chinh visited Japan and issued a new joint statement with Prime Minister Fumio Kishida.',
      'In 2009, Japan became the first G7 country to establish a strategic partnership with Vietnam.',
      'Indonesia hosted the first unofficial meeting on Cambodia (JIM-1) in July 1988.',
      'Viet Nam began negotiations with China in January 1989, and the two countries agreed on the solution to the Cambodian issues at an unofficial summit in Chengdu in September 1990.',
      "In May 1999, after the outbreak of the Asian financial crisis, Finance Minister Kiichi Miyazawa visited Hanoi and met Prime Minister Phan Van Khai, promising a ¥20 billion loan for Viet Nam's economic reform (Japan Ministry of Finance, 1999).",
    ].join(' ');
    const all = run(text).events;
    expect(all.filter((e) => e.thirdParty).map((e) => e.date)).toEqual(['1988-07']);
    const events = all.filter((e) => !e.thirdParty);
    // "the two countries" are the two the sentence named before: Viet Nam and China, not the pair.
    const chengdu = events.find((e) => e.date === '1990-09')!;
    expect(chengdu.type).toBe('summit_or_meeting');
    expect(chengdu.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Vietnam', 'China']));
    expect(chengdu.actors.map((a) => a.name)).not.toContain('Japan');
  });

  it('makes "the two countries" the pair a document is about', () => {
    const text = [
      'In 2009, Japan became the first G7 country to establish a strategic partnership with Vietnam.',
      'In November 2021, Prime Minister Pham Minh Chinh visited Japan and issued a new joint statement with Prime Minister Fumio Kishida.',
      "In May 1999, after the outbreak of the Asian financial crisis, Finance Minister Kiichi Miyazawa visited Hanoi and met Prime Minister Phan Van Khai, promising a ¥20 billion loan for Viet Nam's economic reform (Japan Ministry of Finance, 1999).",
      'In November 2023, the two countries issued a joint statement, elevating their relations to a comprehensive strategic partnership for peace and prosperity in Asia and the world.',
    ].join(' ');
    const e = run(text).events.find((x) => x.date === '2023-11')!;
    expect(e.actors.map((a) => a.name).sort()).toEqual(['Japan', 'Vietnam']);
  });

  it('gives each trigger to the date nearest it, and a date without one no event', () => {
    const eu = run(
      'In July 1995, the European Union (EU) signed a basic framework agreement of cooperation with Viet Nam (effective from June 1996), which allowed most-favoured-nation (MFN) status for the latter.',
    );
    expect(eu.events.map((e) => [e.type, e.date])).toEqual([
      ['agreement_signed', '1995-07'],
      ['agreement_in_force', '1996-06'],
    ]);
    // "the 1976 Bali Treaty" names a treaty; the sentence's event is July 1992.
    const tac = run(
      "In July 1992, on the occasion of the ASEAN annual foreign ministers' meeting (AMM), Viet Nam and the Lao PDR signed the 1976 Bali Treaty (TAC in Southeast Asia), thus acquiring ASEAN observer status.",
    );
    expect(tac.events.map((e) => e.date)).toEqual(['1992-07']);
  });

  it('reads a date listed after another as the same kind of event', () => {
    const a = run('Thereafter, SG Nong Duc Manh visited Japan in October 2002 and April 2009.');
    expect(a.events.map((e) => [e.type, e.date])).toEqual([
      ['leader_visit', '2002-10'],
      ['leader_visit', '2009-04'],
    ]);
  });

  it('types a visit by what was done on it', () => {
    const apec = run('In the meantime, in November 2017, Prime Minister Abe visited Da Nang to attend the APEC summit and met bilaterally with President Tran Dai Quang, the host of the summit.');
    expect(apec.events.map((e) => [e.type, e.date])).toEqual([['summit_or_meeting', '2017-11']]);
    const loan = run('In June 2017, it also signed another document regarding a ¥38.482 billion loan to provide six new patrol boats.');
    expect(loan.events.map((e) => [e.type, e.date])).toEqual([['aid_commitment', '2017-06']]);
  });

  it('types an event by its clause, not by a phrase that frames it', () => {
    const a = run("In March 1993, half a year after Japan's resumption of ODA to Viet Nam, Vo Van Kiet became the first Vietnamese prime minister to make an official visit to Japan.");
    expect(a.events.map((e) => [e.type, e.date])).toEqual([['leader_visit', '1993-03']]);
    const clash = run(
      'In September 2010, a Chinese fishery boat clashed with a Japanese sea patrol boat near the Senkaku islands in the East China Sea, and China temporarily stopped rare earth exports to Japan.',
    );
    // The coordinate clause's act is one of its own, of the sentence's date (session 28, `sentence-clauses.ts`).
    expect(clash.events.map((e) => [e.type, e.date, e.plover.type])).toEqual([
      ['conflict_or_incident', '2010-09', 'FIGHT'],
      ['other', '2010-09', 'SANCTION'],
    ]);
    const grant = run(
      'Thereafter, in September 2015, the Japanese government signed a new document concerning an additional grant aid amounting to ¥200 million to provide other used vessels and equipment.',
    );
    expect(grant.events.map((e) => [e.type, e.date])).toEqual([['aid_commitment', '2015-09']]);
  });

  it('dates nothing by the end of a span, a round count of years ago, or a phrase set off by an interval', () => {
    expect(run('In the first stage, from establishing diplomatic relations to 1979, the bilateral relations were mainly based on aid.').events).toEqual([]);
    expect(run('They also showcased achievements in cooperation across various fields since the establishment of diplomatic relations 50 years ago.', '2024-01-18').events).toEqual([]);
    const resolution = run(
      'In November 2001 (two weeks before the US-Viet Nam Bilateral Trade Agreement came into effect), the CPV Politburo Resolution No. 7 on International Integration of the Economy was issued.',
    );
    expect(resolution.events.map((e) => e.type)).not.toContain('agreement_in_force');
    // A target year ("toward 2020") dates nothing, and the sentence after it takes no older date either.
    const target =
      "Japan also supported Vietnam's bid to join the WTO in 2006 and was the first G7 country to recognize Vietnam's full market economy status in 2011. So far, Japan is the only foreign country selected by Hanoi to support its long-term industrialization process as manifested through the 'Vietnam's Industrialization Strategy in the framework of Vietnam - Japan cooperation toward 2020, vision to 2030'. In the talks with Prime Minister Abe during his first overseas visit to Vietnam in the second term, Vietnamese Prime Minister Nguyen Tan Dung reportedly said that 'intensifying and consolidating the friendly and cooperative relationship with Japan is not only the consistent guideline and top priority of the foreign policy but also the strategic choice of the Party and Government of Vietnam.'";
    expect(run(target).events.map((e) => [e.date, e.type])).toEqual([
      ['2006', 'multilateral_membership'],
      ['2011', 'trade_or_investment_milestone'],
    ]);
  });

  it('keeps the dates of one bracket from continuing a list in another', () => {
    const a = run(
      'Viet Nam (as well as Japan) was a member of the Trans-Pacific Partnership (TPP)-11 (8 countries started negotiations in March 2010 and 11 countries signed the final agreement in March 2018) and RCEP (16 countries started negotiations in November 2012 and 15 countries signed the final agreement in November 2020).',
    );
    expect(a.events.map((e) => [e.type, e.date])).toEqual([
      ['agreement_signed', '2018-03'],
      ['agreement_signed', '2020-11'],
    ]);
  });

  it('types partnerships by what was done to them, and incidents by what happened', () => {
    const type = (s: string) => run(s).events.map((e) => [e.type, e.date]);
    expect(
      type(
        "And in April 2009, when Party SG Nong Duc Manh met Prime Minister Taro Aso in Tokyo, they released a joint statement in which both parties recognised that a 'strategic partnership has been established'.",
      ),
    ).toEqual([['partnership_upgrade', '2009-04']]);
    expect(
      type(
        "In October 2010, when Prime Minister Naoto Kan visited Hanoi to attend the ASEAN-related summits and met Prime Minister Nguyen Tan Dung, they issued a new joint statement in which they agreed to further promote the strategic partnership 'in a stronger and more comprehensive manner'.",
      ),
    ).toEqual([['joint_statement', '2010-10']]);
    expect(type('Two months earlier, in May 2014, the China National Petroleum Corporation (CNPC) conducted oil research under the sea inside the Vietnamese Exclusive Economic Zone.')).toEqual([
      ['conflict_or_incident', '2014-05'],
    ]);
    expect(type('In 2008, the global financial crisis occurred.')).toEqual([]);
  });

  it('keeps a trigger with the date that opened its clause, and dates an occasion told after it', () => {
    const a = run("In 2007, the Tokyo government published the Japan-Mekong Subregion Partnership Program and in 2008 hosted the first Japan-Mekong Foreign Ministers' meeting in Tokyo.");
    expect(a.events.map((e) => [e.type, e.date])).toEqual([
      ['other', '2007'],
      ['summit_or_meeting', '2008'],
    ]);
    const b = run(
      'In the meantime, in November 2017, Prime Minister Abe visited Da Nang to attend the APEC summit and met bilaterally with President Tran Dai Quang, the host of the summit.\n\nAlso during the Da Nang summit, Vietnamese Minister of Commerce and Industry Tran Tuan Anh and Japanese Minister of Economic Revitalization Toshimitsu Motegi co-chaired the TPP ministerial meeting.',
    );
    expect(b.events.map((e) => [e.date, e.dateSource])).toEqual([
      ['2017-11', 'sentence'],
      ['2017-11', 'context'],
    ]);
  });

  it('lets a date in a bracket speak of the bracket and what it explains, and a framing phrase with its own date tell its event', () => {
    const routes = run(
      "The opening of regular flight routes (between Kansai and Ho Chi Minh City airports in November 1994 and between Narita and Hanoi airports in July 2002, etc.) and the Vietnamese government's promotional policies (such as a visa exemption for short-term visitors from Japan for stays within 15 days) had direct impacts.",
    );
    expect(routes.events.map((e) => [e.type, e.date])).toEqual([
      ['people_exchange', '1994-11'],
      ['people_exchange', '2002-07'],
    ]);
    const abe = run(
      'Since then, especially since Shinzo Abe became Japan’s Prime Minister for the second time in 2012, relations between the two countries have embarked on a fast track, expanding and deepening cooperation in diplomacy, security, economy, and people-to-people exchange.',
    );
    expect(abe.events.map((e) => [e.type, e.date])).toEqual([['domestic_policy', '2012']]);
  });

  it('tells joining an organisation from joining its meeting', () => {
    const type = (s: string) => run(s).events.map((e) => [e.type, e.date]);
    expect(
      type(
        "In July 1992, on the occasion of the ASEAN annual foreign ministers' meeting (AMM), Viet Nam and the Lao PDR signed the 1976 Bali Treaty (TAC in Southeast Asia), thus acquiring ASEAN observer status.",
      ),
    ).toEqual([['multilateral_membership', '1992-07']]);
    expect(
      type('In July 1994, Viet Nam and Lao PDR as ASEAN observers joined the first meeting of the ASEAN Regional Forum (ARF: a ministerial meeting for cooperative security in Asia-Pacific).'),
    ).toEqual([['summit_or_meeting', '1994-07']]);
  });

  it('matches trigger verbs as words, and reads a mode in its own part of a clause', () => {
    const a = run('Post-Cold War Vietnam has no formal allies but has so far secured 13 strategic partnerships, with Russia (2001), Japan (2006), India (2007).').events;
    expect(a.map((e) => [e.date, e.mode, e.actors.map((x) => x.name)])).toEqual([
      ['2001', 'asserted', ['Vietnam', 'Russia']],
      ['2006', 'asserted', ['Japan', 'Vietnam']],
      ['2007', 'asserted', ['India', 'Vietnam']],
    ]);
    expect(run('In 2015, several relations of the committee were significant for passengers.').events).toEqual([]);
  });

  it('continues a list only with items that tell who and when, not a thing of their own', () => {
    const dated = (text: string) => run(text).events.map((e) => [e.date, e.type]);
    expect(
      dated(
        "The actual measures were: the national assembly's passing of a foreign investment law and land law in December 1987, the regular army reduction in accordance with the new defence strategy in December 1989, the withdrawal of Vietnamese volunteer soldiers from Cambodia in September 1989, and the national assembly's deletion of hostile words against China and the United States (US) from the 1982 constitution preamble in December 1989, etc.",
      ),
    ).toEqual([
      ['1987-12', 'domestic_policy'],
      ['1989-09', 'conflict_or_incident'],
    ]);
    expect(
      dated(
        "Japan has set several milestones as a G-7 nation in its relationship with Vietnam: being the first to welcome a Vietnamese General Secretary (1995), the first to establish a Strategic Partnership (2009), the first to recognize Vietnam's market economic status (2011), and the first to invite Vietnam to the G7 Summit (2016).",
      ).map(([date]) => date),
    ).not.toContain('2011');
    expect(
      dated(
        "Post-Cold War Vietnam has no formal allies but has so far secured 13 strategic partnerships, with Russia (2001), Japan (2006), India (2007), China (2008), South Korea, Spain (2009), United Kingdom (2010), Germany (2011), Italy, France, Indonesia, Singapore and Thailand (2013) and two 'comprehensive partnerships', with Australia (2009) and America (2013).",
      )
        .filter(([, type]) => type === 'partnership_upgrade')
        .map(([date]) => date),
    ).toEqual(['2001', '2006', '2007', '2008', '2009', '2010', '2011', '2013', '2009', '2013']);
  });

  it('flags planned and negated events', () => {
    expect(run('Japan will sign a new loan agreement with Viet Nam in March 2025.').events[0]!.mode).toBe('planned');
    expect(run('In 2010, Japan did not sign the agreement with Viet Nam.').events[0]!.mode).toBe('negated');
    expect(run('The summit between Viet Nam and Japan will be held in Hanoi in March 2025.').events[0]!.mode).toBe('planned');
    // A cooperative act told as to come is planned and keeps its category (its readiness to join is an offer: plover-rules.test.ts).
    const patrols = run('Zambia and Malawi will conduct joint patrols on Lake Malawi from March 2027.').events[0]!;
    expect([patrols.type, patrols.plover.type, patrols.mode]).toEqual(['security_cooperation', 'COOPERATE', 'planned']);
  });

  it('dates nothing by the paragraph in a sentence set in a long period, nor after it', () => {
    // Across a page break, as in the document: the 1970s and 1980s, not 1975, are when Japan suspended its aid.
    const text =
      "On September 21, 1973, Vietnam and Japan established diplomatic relations. In 1975, Japan opened its embassy in Hanoi. During this period, Japan implemented its foreign policy based on the Fukuda Doctrine, aiming to act as a bridge, actively contributing to maintaining peace and stability in Southeast Asia,\n\nand believing that Vietnam would play an important role in this mission (JICA, 2013). However, in the 1970s and 1980s, Vietnam-Japan relations were strongly influenced by global contexts such as the normalization of US - China relations, the democratization movements in Eastern European countries, Cambodia's issues, and the end of the Cold War, etc. As a result, Japan temporarily suspended ODA aid to Vietnam. During the 1970s and 1980s, Japan only provided emergency relief (natural disasters) to Vietnam on a few occasions (Diep, 2022).";
    expect(run(text).events.map((e) => [e.date, e.type, text.slice(e.trigger.start, e.trigger.end)])).toEqual([
      ['1973-09-21', 'diplomatic_relations', 'established diplomatic relations'],
      ['1975', 'diplomatic_relations', 'opened its embassy'],
    ]);
  });

  it('makes the two countries a relation trigger joins its actors, both acting', () => {
    // Politico, "U.S. and Vietnam establish diplomatic relations, July 11, 1995" (2018-07-11).
    const text = 'After two decades of severed ties, on this day in 1995, President Bill Clinton announced that the United States and Vietnam had established normal diplomatic relations.';
    const [e] = run(text, '2018-07-11').events;
    expect(e).toMatchObject({ date: '1995', type: 'diplomatic_relations' });
    expect(e!.actors.map((a) => [a.entity, a.role])).toEqual([
      ['person:bill-clinton', 'agent'],
      ['country:USA', 'agent'],
      ['country:VNM', 'agent'],
    ]);
  });

  it("types a leader's welcome as a visit, and gives an item that names no one its list's head actors", () => {
    const text =
      "Japan has set several milestones as a G-7 nation in its relationship with Vietnam: being the first to welcome a Vietnamese General Secretary (1995), the first to establish a Strategic Partnership (2009), the first to recognize Vietnam's market economic status (2011), and the first to invite Vietnam to the G7 Summit (2016).";
    const events = run(text).events;
    expect(events.map((e) => [e.date, e.type])).toEqual([
      ['1995', 'leader_visit'],
      ['2009', 'partnership_upgrade'],
      ['2016', 'summit_or_meeting'],
    ]);
    // The General Secretary of 1995 (resolved through the office's holder) welcomed in the first item is not an actor of the second.
    expect(events[1]!.actors.map((a) => a.entity)).toEqual(['country:JPN', 'group:g7', 'country:VNM']);
  });

  it('keeps a trigger with the date after it across an "and" that joins two names', () => {
    const text =
      "In recent years, Vietnamese leaders have often stated that Japan is a reliable and true friend and that the Viet Nam-Japan bilateral relationship is at an all-time height: for instance, during President Truong Tan Sang's speech at the state banquet hosted by Emperor Akihito in March 2014, Prime Minister Nguyen Xuan Phuc's comments to Japanese journalists in Hanoi in May 2016, and President Tran Dai Quang's speech at the state banquet hosted by himself to welcome Emperor Akihito and Empress Michiko in March 2017.";
    // The banquet "hosted by Emperor Akihito in March 2014" is a visit of its own (the category table's verb, session 30).
    const visit = run(text).events.find((e) => e.type === 'leader_visit' && text.slice(e.trigger.start, e.trigger.end) === 'welcome Emperor');
    expect(visit?.date).toBe('2017-03');
    expect(text.slice(visit!.trigger.start, visit!.trigger.end)).toBe('welcome Emperor');
  });

  it('types an event by the verb nearest its noun, and gives a noun of action in a phrase no mode from the verb outside', () => {
    const text =
      'From the Vietnamese side, Hanoi did not raise the historical issue during negotiations for the establishment of diplomatic ties in 1973, as it accepted the war-related settlement between Japan and the former South Vietnamese Government and was eager to launch a new relation with Japan to reconstruct its war-ravaged country.';
    const events = run(text).events;
    // "as it accepted the … settlement" is a clause of reason: the denial before it ("did not raise") does not reach it.
    expect(events.map((e) => [e.date, e.type, e.mode, text.slice(e.trigger.start, e.trigger.end)])).toEqual([
      ['1973', 'diplomatic_relations', 'asserted', 'establishment of diplomatic ties'],
      ['1973', 'other', 'asserted', 'accepted'],
    ]);
  });

  it('reads a month named May as a month, and neither a relative clause nor what follows a colon as the event', () => {
    const modes = (text: string) => run(text).events.map((e) => [e.date, e.type, e.mode]);
    expect(modes('Finally, in May–June 2018, President and Mrs Tran Dai Quang came to Japan as the last state guests to be welcomed by the emperor and empress.')).toEqual([
      ['2018-05/2018-06', 'leader_visit', 'asserted'],
    ]);
    expect(
      modes(
        "For example, in 2016, in addition to Prime Minister Nguyen Xuan Phuc's visit to Japan in May to attend the G7 Ise-Shima summit (which will be mentioned later) and for a bilateral meeting with PM Shinzo Abe, they met again in Vientiane (Lao PDR) in September on the occasion of ASEAN-related summits (including Japan-ASEAN and Japan-Mekong).",
      ).map(([, , mode]) => mode),
    ).not.toContain('planned');
    expect(
      modes(
        'In January–February 2021, the 13th Party Congress put forward a long-term goal: Viet Nam would be a socialist-oriented industrialised country by the mid-21st century (instead of the earlier target year of 2020).',
      ),
    ).toEqual([['2021-01/2021-02', 'domestic_policy', 'asserted']]);
    const mou =
      "Japanese partners also shared useful experience of Japan's reconstruction efforts in the aftermath of the devastating March 2011 earthquake and tsunami and lessons for disaster prevention in Vietnam. Furthermore, the Japanese Ministry of Land, Infrastructure, Transport, and Tourism has signed another MOU that will last until 2016 on natural disaster management with Vietnamese Ministry of Agriculture and Rural Development to support to Vietnam's climate change amelioration and natural disaster prevention efforts.";
    expect(modes(mou).filter(([, type]) => type === 'agreement_signed')).toEqual([['2011-03', 'agreement_signed', 'asserted']]);
  });
});
