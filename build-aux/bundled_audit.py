# SPDX-License-Identifier: GPL-3.0-or-later
"""Audit tables for build-aux/make-bundled-dataset.py (issue 22).

Built from /work/shared/reference/delegations-2025-facts.json (121 numbered
sources) and the dataset it generates (data/delegations-2025.json).  Every
number below is a fact-sheet source number (its "id"), never a key.

Evidence order in the comments:
  FS   = the fact sheet's own data (publisher, title, url, date of a source;
         the text of a row, note or disagreement).  Every number used here is
         supported by FS.
  PAGE = corroboration from the stored copy of that same page (the archive
         the fact sheet was read from, looked up again for this audit).  Used
         only to choose between FS candidates (e.g. which of two ANI copies),
         never to add a fact the fact sheet does not state.

None (instead of a list) means: the report the text refers to is not among
the 121 sources, or cannot be identified from them.
"""

# ---------------------------------------------------------------------------
# 1. NOTE_SOURCES
#    prefix of a note / disagreement text (exactly as it appears in the
#    generated dataset; for fact-sheet texts that is exactly the fact sheet's
#    text) -> source numbers of the outlet report(s) the text quotes or names.
#    For disagreements, every outlet named on either side is listed (quoted
#    report first).  Each prefix matches exactly one distinct text; texts that
#    the generator copies onto several entities carry the same text.
# ---------------------------------------------------------------------------
NOTE_SOURCES = {
    # --- background -------------------------------------------------------
    # Background note, now cites [14, 42] (Hans India/IANS, DT Next/IANS).
    # FS: 114 is the only TASS source (publisher "TASS", tass.com, 3 June,
    # Lavrov meets Fatemi); FS already cites 114 for the next two background
    # facts (Sindoor 7 May, ceasefire 10 May).  PAGE: 114 says the attack
    # "killed 25 Indians and one Nepali".
    "TASS specifies 25 Indians and one Nepali": [114],

    # --- India summary ----------------------------------------------------
    # Size note, now cites [4, 7, 11, 13, 12].  FS: Patrika = 5 (title "33
    # Countries, 58 Leaders"); HT/PTI = 4 (publisher "Hindustan Times (PTI)",
    # 18 May).  The last sentence ("52 political names ...") is the fact
    # sheet's own count of its member tables, no source.
    "Patrika says '58 leaders'; HT/PTI says 31": [5, 4],

    # --- Group 1 ----------------------------------------------------------
    # Return note, now cites [21, 22].  It names no outlet but singles out one
    # page: FS 22 = stockwaves.in "(low reliability)", "(machine-rewritten
    # copy of a news report) ... Panda delegation returns June 3".  21 (Munsif,
    # Owaisi in Hyderabad) belongs to the return value, not to this note.
    "The 3 June return comes only from a low-r": [22],

    # --- Group 2 ----------------------------------------------------------
    # Return note, now cites [35] (All India Radio, Hindi, return to Delhi).
    # FS: the ANI London item of 3 June = 31 (title "... concludes Europe
    # visit ... (ANI, London, June 3)"); the later legs = 32, 33 (Brussels, 4
    # and 5 June) and 34 (Berlin, 7 June).  PAGE 31: "departed from London to
    # India on Tuesday after concluding their five-country visit".
    "An ANI London item of 3 June says the del": [31, 32, 33, 34],
    # Disagreement (cites nothing now).  Same evidence as above.
    "ANI (London, 3 June) says the Prasad dele": [31, 32, 33, 34],
    # Purandeswari member note, now cites her membership sources
    # [6, 25, 23, 27].  FS: Baton Rouge Post (ANI) = 24 (25 May).  PAGE 24:
    # "Daggubati Purandeswari of TDP".
    "One ANI copy (Baton Rouge Post) wrongly l": [24],
    # Disagreement (cites nothing).  The other side ("other sources say BJP")
    # names no outlet; her membership sources 6, 25, 23, 27 can be added.
    "Daggubati Purandeswari is labelled TDP in": [24],
    # Khatana member note, now cites [6, 23, 24, 27].  FS: ANI Denmark = 27
    # (Lokmat Times (ANI), Copenhagen 30 May); ANI London = 31; ANI Brussels =
    # 32 or 33.  PAGE: 27 "Congress members Ghulam Ali Khatana", 31 and 32
    # "Congress MPs Ghulam Ali Khatana and Amar Singh"; the stored excerpt of
    # 33 has no member list, so 33 is left out.
    "Party label conflicts across sources; the": [27, 31, 32],
    # Khatana disagreement made by the generator (PARTY table), now cites
    # [6, 23, 24, 27].  FS: NewsBytes = 6; "ANI, 25 May" = 23 and 24 (both ANI,
    # 25 May); later ANI copies as above.  PAGE: 23 "BJP MPs ... Ghulam Ali
    # Khatana", 24 "Ghulam Ali Khatana of BJP".
    "Affiliation: 'Nominated MP' (NewsBytes) v": [6, 23, 24, 27, 31, 32],
    # Fact-sheet disagreement (cites nothing).  Same evidence.
    "Ghulam Ali Khatana: 'Nominated MP' (NewsB": [6, 23, 24, 27, 31, 32],
    # Thambidurai member note, now cites [24, 29, 30] (the reports that DO
    # name him).  FS: NewsBytes 18 May list = 6.  FS: 23 and 27 are cited for
    # every (23) or most (27) other Group 2 members but not for him.  PAGE: 23,
    # 27, 31 and 32 list the delegation without him.
    "Absent from several ANI member lists and ": [6, 23, 27, 31, 32],
    # Disagreement (cites nothing): "appears ... from 25 May onward" = his own
    # sources 24 (25 May), 29 (1 June), 30 (3 June); missing = as above.
    "M. Thambidurai (AIADMK) appears in Group ": [24, 29, 30, 6, 23, 27, 31, 32],
    # Akbar member note, now cites [4, 23, 27].  FS: NewsBytes = 6, HT/PTI = 4;
    # "one ANI copy" is 23 or 27 (both ANI, both his sources).  PAGE: 23 "BJP
    # MPs ... M J Akbar"; 27 calls him "former Union Minister".
    "NewsBytes and one ANI copy call him a 'BJ": [6, 23, 4],
    # Disagreement (cites nothing).  Same evidence.
    "M.J. Akbar is called a 'BJP MP' by NewsBy": [6, 23, 4],
    # Group 2 EU destination note, now cites [2, 32, 33].  FS: India Today =
    # 2 (17 May, destinations per group), NewsBytes = 6 (18 May, "who goes
    # where").  32/33 support the visit itself, not the quoted listing.
    "EU institutions in Brussels; India Today ": [2, 6],

    # --- Group 1 / Satnam Singh Sandhu ------------------------------------
    # Generator disagreement (PARTY), now cites [5, 6, 17, 18].  FS: official-
    # format list = Patrika 5 ("reproduces official-format list"), NewsBytes
    # 6; ANI = 17 (Lokmat Times (ANI), the only ANI copy among his sources;
    # 18 is Mint).  PAGE 17: "BJP MPs ... Satnam Singh Sandhu".
    "Affiliation: 'Nominated MP' in the offici": [5, 6, 17],
    # Fact-sheet disagreement (cites nothing).  Same evidence.
    "Satnam Singh Sandhu: 'Nominated MP' (offi": [5, 6, 17],

    # --- Group 3 ----------------------------------------------------------
    # Brittas member note, now cites [36, 42].  FS: "WION (23 May)" (see the
    # disagreement) = 72 (WION (ANI), 23 May, Russia and Japan); 46 is WION
    # 22 May on the UAE group.  PAGE 72: "CPI(M) Rajya Sabha member John Barla".
    "WION calls him 'John Barla'.": [72],
    # Mohan Kumar member note, now cites [36, 42, 39].  FS: "India Today (19
    # May)" = 45, the only India Today source of 19 May.
    "India Today calls him a 'former reporter'": [45],
    # Disagreement (cites nothing).
    "India Today (19 May) calls Mohan Kumar a ": [45],
    # Disagreement (cites nothing).  FS: 72 as above.  PAGE 72: "NCP MP Jawed
    # Ashraf", "John Barla".
    "WION (23 May) labels Jawed Ashraf 'NCP MP": [72],
    # Disagreement (cites nothing; also attached to 4 members).  FS:
    # TodayHeadline = 59 (17 May, "early, partly inaccurate list").
    "The early TodayHeadline list (17 May) mak": [59],

    # --- Group 4 ----------------------------------------------------------
    # Chinoy member note, now cites [54, 37].  FS: TodayHeadline = 59;
    # Asianet/ANI = 51 (Asianet Newsable (ANI), Shinde group, 29 May; 61 is the
    # Tharoor group).  PAGE: 59 "former envoy to Japan, Sujan Chinoy"; 51
    # "India's former Ambassador to the Democratic Republic of Congo".
    "Specific posting differs: 'former envoy t": [59, 51],
    # Disagreement (cites nothing).
    "Sujan Chinoy's former posting: 'former en": [59, 51],
    # (The News18 note and disagreement already cite 56; left alone.)

    # --- Group 5 ----------------------------------------------------------
    # Tejasvi Surya member note, now cites [57, 60, 64, 70].  FS: 59.
    "An early list (TodayHeadline) wrongly put": [59],
    # Sudip Bandyopadhyay note, now cites [58] (Rediff/PTI, opted out).  FS:
    # India TV = 8 (18 May, "list of team members announced so far"),
    # TodayHeadline = 59.  PAGE: both list him.
    "Appears in early lists (India TV, TodayHe": [8, 59],
    # Taranjit Sandhu disagreement (PARTY), now cites [57, 60, 67].  FS: DNA
    # India (ANI) = 67 (the only DNA source); 57/60 name no party for him.
    "DNA/ANI describe him as a BJP leader.": [67],
    # Shambhavi Choudhary member note, now cites [57, 60, 69, 120] (reports
    # that DO name her).  FS: Panama list = HT 64 (the disagreement says
    # "Panama HT"); Washington ANI = 70 (The Tribune (ANI), 4 June).  The
    # "Brazil ANI" list is not among the 121 sources: the only Brazil report
    # is 68 (Business Standard, PTI) and the fact sheet cites it for no member.
    # PAGE: 64 lists Deora but not Choudhary; 70 lists neither.
    "Not named in several later-leg ANI lists ": [64, 70],
    # Milind Deora member note, now cites [57, 60, 62, 64].  FS: Washington
    # ANI = 70; Brazil ANI list not among the sources (see above).
    "Not named in the Washington/Brazil ANI li": [70],
    # Disagreement (cites nothing): Panama HT 64, Washington ANI 70, The Quint
    # 69 ("Exclusive: Indian delegation to visit Washington DC ...", c. 2 June).
    # Brazil ANI: not among the sources.
    "Shambhavi Choudhary and Milind Deora are ": [64, 70, 69],
    # Disagreement (cites nothing).  FS: 70 = The Tribune (ANI), Washington,
    # 4 June.  "Tharoor's own account": PAGE 70 itself quotes his X post
    # ("from Brasilia via Sao Paulo and Panama"); FS does not say where the
    # account is, so only 70.
    "ANI/Tribune (Washington, 4 June) says Tha": [70],

    # --- Group 6 ----------------------------------------------------------
    # Mian Altaf Ahmad member note, now cites [72, 78] (reports that DO name
    # him).  FS: Greece IANS = 76 (Lokmat Times (IANS), Athens, 28 May); Spain
    # IANS = 79 (Sakshi Post (IANS), 2 June), Spain HT = 80 (Hindustan Times,
    # 3 June).  FS: 76, 79, 80 are cited for other Group 6 members but not him.
    # PAGE: none of 76, 79, 80 names him.
    "Omitted from several IANS/HT member lists": [76, 79, 80],
    # Disagreement (cites nothing): WION/ANI 23 May = 72, ANI Madrid 1 June =
    # 78 (India Gazette (ANI)), then the lists above.
    "Mian Altaf Ahmad (NC) is listed in Group ": [72, 78, 76, 79, 80],
    # Jawed Ashraf member note, now cites [80, 79, 78, 59].  FS: 72.
    "WION labels him 'NCP MP', which is wrong.": [72],

    # --- totals -----------------------------------------------------------
    # Disagreement (cites nothing).  FS: Mint = 11 (10 June; the size row
    # cites 11, not the 17 May Mint piece 3), Millennium Post = 12, HT/PTI =
    # 4, Telegraph = 7, Patrika = 5.
    "Total size: 59 members / 33 countries inc": [11, 12, 4, 7, 5],

    # --- Pakistan ---------------------------------------------------------
    # Musadik Malik, generator disagreement (PARTY), now cites [102, 108, 110,
    # 107, 99].  FS: "a copied Indian report" = 107 (daily8, "copy of an
    # Indian news report", London; 100 is the other such copy but is not among
    # his sources); Daily Times = 99 (the only Daily Times source among his).
    # PAGE 107: "Climate minister Musadik Masoor Malik (PML-N)".
    "Party per a copied Indian report; Daily T": [107, 99],
    # Fact-sheet disagreement (cites nothing).  Quotes the announcement
    # article (add the generator's "article" pseudo-source too) and "2025
    # sources" = his sources.
    "Musadik Malik: 'Energy Minister' (announc": [102, 108, 110, 107, 99],
    # London destination note, now cites [105, 108, 106, 109].  FS: the
    # disagreement says the 'June 9' wording is "in a copied Indian report" =
    # 107 (daily8, London, c. 9-10 June).  PAGE 107: "arrived in London on
    # Sunday (June 9, 2025) night".
    "One report says 'Sunday (June 9, 2025)', ": [107],
    # Disagreement (cites nothing).  FS: Dunya = 105 (8 June, reaches UK; 96 is
    # Dunya in New York), Express Tribune = 106, copied Indian report = 107.
    "Pakistani London arrival: 'Sunday' 8 June": [105, 106, 107],
    # Disagreement (cites nothing).  FS: Business Recorder = 97 (2 June,
    # reaches US; 92 is 24 May), Daily Times = 98 (2 June, in US), ARY = 95.
    # PAGE: 97 and 98 "until June 2"; 95 "on Tuesday night".
    "Pakistani New York stay: 'until June 2' (": [97, 98, 95],
    # EU place note (generator text), now cites [32, 33, 110].  FS: India
    # Today = 2, NewsBytes = 6; the Pakistani meetings (Belgian
    # parliamentarians, Egmont Institute) are the Pakistani Brussels row,
    # sources 110, 111.
    "The EU institutions in Brussels (India To": [2, 6, 110, 111],
}

# Notes naming an outlet whose report cannot be identified with certainty
# (left out of NOTE_SOURCES; the generator may keep the current citation).
NOTE_SOURCES_UNCERTAIN = {
    # Manish Tewari, now cites [82, 86, 90].  FS: Rediff = 90 (Anandpur
    # Sahib).  "an ANI copy" (Chandigarh) is not identified: 86 is the only
    # ANI copy among his sources, but its stored excerpt gives no
    # constituency; the Group 7 ANI copies are 84, 85, 86, 88.
    "Constituency given as Anandpur Sahib (Red": {"certain": [90],
                                                  "ani_copy_candidates": [84, 85, 86, 88]},
}

# ---------------------------------------------------------------------------
# 2. SOURCE_KINDS  (default: "news-report")
#    "announcement": a report of what was announced or planned before it
#    happened (lists of who would go where, itineraries, schedules).  It may
#    be cited for the announcement itself (e.g. "announced on 17 May", the
#    announced size) but never as confirmation that a visit, a leg, a date or
#    a member's travel happened.
#    "official-statement": none.  No source is an official page or release:
#    the PIB/MoPA release was "not found among the archived pages read"
#    (India summary note); 3 is Mint quoting it, 100 a daily8 copy quoting a
#    MoFA statement, 35 All India Radio news (newsonair.gov.in, a broadcaster's
#    news item), 47 UrduPoint carrying WAM, 108 Business Observer citing Radio
#    Pakistan, 110 an "APP-style report" on a mirror, 116 1lurer.am copying UN
#    News, 117 MENAFN/Ukrinform.  All stay news-report.
# ---------------------------------------------------------------------------
SOURCE_KINDS = {
    # 17-18 May reports of the government's announcement, before any group
    # left (first departures 21 May: sources 37, 10).
    1: "announcement",   # HT 17 May "Govt deploys 7 lawmakers to brief nations"
    2: "announcement",   # India Today 17 May "Tharoor to lead ... to US, Sule to Qatar":
                         # destinations as announced (FS cites it as visit status
                         # for every Indian destination)
    3: "announcement",   # Mint 17 May, "quotes Ministry of Parliamentary Affairs press release"
    4: "announcement",   # HT (PTI) 18 May "51 leaders, 32 countries"
    5: "announcement",   # Patrika 18 May, "reproduces official-format list"
    6: "announcement",   # NewsBytes 18 May "who goes where"
    7: "announcement",   # Telegraph 18 May "51 political leaders to visit 33 world capitals"
    8: "announcement",   # India TV 18 May "set to send ... next week; list ... announced so far"
                         # (also the briefing schedule the FS states as done, see OTHER)
    57: "announcement",  # The South First 18 May "Centre names delegates"
    59: "announcement",  # TodayHeadline 17 May, "early, partly inaccurate list"
    121: "announcement", # Onmanorama 17 May "... to lead govt delegation abroad"
    43: "announcement",  # Asian Age 20 May: party nominations (Banerjee replaces Pathan,
                         # Shiv Sena (UBT) sends Priyanka), before departures
    25: "announcement",  # Rediff 23 May, Prasad team profile, before the group left on
                         # 25 May (source 23 "departs for France", 25 May)
    # Published plans / itineraries / schedules.
    9: "announcement",   # NewsX 23 May: "planned group-wise itinerary from an 'official
                         # travel document'"; FS uses it only as "planned from ..."
    10: "announcement",  # Kashmir News Observer 21 May: the generator itself calls it "the
                         # published plan" (PLANNED_ONLY notes); FS: "planned from 27 May
                         # [unconfirmed; see source 10]"; it predates every stop it is cited
                         # for (Korea 24 May, DRC 24 May, Sierra Leone 28 May, Liberia 31 May)
    53: "announcement",  # AllAfrica 27 May: delegation "expected in Monrovia May 31 - June 3";
                         # FS: "scheduled 31 May - 3 June"
    61: "announcement",  # Asianet 19 May: "Tharoor's delegation to visit Georgetown, Panama,
                         # Colombia, Brazil and US" (before departure)
    94: "announcement",  # PPI c. 31 May: team "to leave for New York tomorrow"
    100: "announcement", # daily8 c. 1-2 June quoting the MoFA statement (itinerary: Fatemi in
                         # Moscow 2-4 June; Bilawal to New York, Washington DC, London,
                         # Brussels); FS uses it for the plan and for Paris "unconfirmed"
    91: "announcement",  # The News 23 May "Bilawal meets PM ahead of global outreach": the
                         # announced plan (London, Washington, Paris, Brussels); valid for the
                         # 23 May meeting itself, never for a visit
    92: "announcement",  # Business Recorder 24 May, same
    93: "announcement",  # Daily Times 23/24 May, same
    # Mixed reports left as news-report (not marked):
    #   60 Business Standard 24 May (departure day; "first stop New York" is plan)
    #   69 The Quint c. 2 June (title "to visit Washington DC": the Washington
    #      arrival is confirmed by 70, not 69)
    #   44, 45, 58 withdrawals (Pathan 19 May, Sudip 17 May): events, not plans
    #   22 stockwaves: FS "(low reliability)", machine-rewritten copy
}

# ---------------------------------------------------------------------------
# 3. NOT_KNOWN_LEGS
#    member -> [(place id in data/delegations-2025.json, [reports of that leg
#    whose member lists leave the member out] or None if that report is not
#    among the 121 sources)]
# ---------------------------------------------------------------------------
NOT_KNOWN_LEGS = {
    # FS note: "Not named in several later-leg ANI lists (Panama, Brazil,
    # Washington); whether she travelled every leg is unconfirmed."  FS
    # disagreement: "(Panama HT, Brazil and Washington ANI), though The Quint
    # lists them c. 2 June" (69, while the group was in Brazil).
    "Shambhavi Choudhary": [
        ("panama-city", [64]),     # HT 29 May, Panama; PAGE: lists 7 members + Sandhu, not her
                                   # (63, Lokmat (ANI) Panama, is cited for no member)
        ("brasilia", None),        # "Brazil ANI list" not among the sources (68 is PTI and
                                   # cited for no member); 69 (The Quint) lists her c. 2 June
        ("washington-d-c", [70]),  # The Tribune (ANI) 4 June; PAGE: list omits her
    ],
    # FS note: "Not named in the Washington/Brazil ANI lists; whether he
    # travelled every leg is unconfirmed."  (He is named in Guyana 62 and
    # Panama 64.)
    "Milind Deora": [
        ("brasilia", None),        # as above; 69 lists him c. 2 June
        ("washington-d-c", [70]),  # PAGE: list omits him
    ],
    # FS note: "Omitted from several IANS/HT member lists (Greece, Spain);
    # whether he joined every leg is unconfirmed."  Named by 72 (WION/ANI,
    # Moscow, 23 May) and 78 (ANI Madrid, 1 June).
    "Mian Altaf Ahmad": [
        ("athens", [76]),          # Lokmat Times (IANS) 28 May
        ("madrid", [79, 80]),      # Sakshi Post (IANS) 2 June, HT 3 June; NB 78 (ANI Madrid,
                                   # 1 June) lists him, so Madrid is conflicting, not negative
    ],
}

# ---------------------------------------------------------------------------
# 4. EVENTS  ("to": optional last day where the fact sheet gives a range)
# ---------------------------------------------------------------------------
EVENTS = [
    # FS background: "The Pahalgam terror attack on 22 April 2025 killed 26
    # people [confirmed: 14, 42]"; note "TASS specifies 25 Indians and one
    # Nepali citizen" (114, see NOTE_SOURCES).
    {"date": "2025-04-22",
     "text": "The Pahalgam terror attack killed 26 people (TASS: 25 Indians and one Nepali citizen).",
     "sources": [14, 42, 114], "approximate": False},
    # FS background: "Operation Sindoor was launched on 7 May 2025 in response".
    {"date": "2025-05-07",
     "text": "Operation Sindoor was launched in response to the Pahalgam attack.",
     "sources": [14, 114], "approximate": False},
    # FS background: "India-Pakistan ceasefire on 10 May 2025".
    {"date": "2025-05-10", "text": "India-Pakistan ceasefire.",
     "sources": [114, 98], "approximate": False},
    # FS India summary: "The Ministry of Parliamentary Affairs announced the
    # seven delegation leaders on Sat 17 May 2025; the delegations were to
    # visit key partner countries including UNSC members [1, 3, 2]" (the
    # release itself not read; known as quoted by 1, 3, 2).
    {"date": "2025-05-17",
     "text": "The Ministry of Parliamentary Affairs announced the seven leaders of India's "
             "all-party delegations, to visit key partner countries including UNSC members.",
     "sources": [1, 3, 2], "approximate": False},
    # FS Pakistan: "Announced plan: London, Washington, Paris, Brussels (as
    # announced c. 17-24 May) [91, 92, 93, 94]".  No exact day is stated.
    {"date": "2025-05-17", "to": "2025-05-24",
     "text": "Pakistan's delegation under Bilawal Bhutto Zardari was announced, with a planned "
             "itinerary of London, Washington, Paris and Brussels (c. 17-24 May).",
     "sources": [91, 92, 93, 94], "approximate": True},
    # FS Group 3 member row: Yusuf Pathan "originally named, withdrew 19 May;
    # did NOT travel [44, 45, 43]"; Abhishek Banerjee "Nominated by TMC on
    # 20 May, replacing Yusuf Pathan [43, 36, 42]".
    {"date": "2025-05-19", "text": "Yusuf Pathan withdrew from the Jha-led delegation.",
     "sources": [44, 45, 43], "approximate": False},
    {"date": "2025-05-20", "text": "TMC nominated Abhishek Banerjee in place of Yusuf Pathan.",
     "sources": [43, 36, 42], "approximate": False},
    # FS India summary says Misri "briefed ... on 20 May, and the others on
    # 23 May [confirmed: 8]", but 8 is dated 18 May (India TV, "set to send
    # ... next week"): the source gives a schedule, so it is worded as one.
    {"date": "2025-05-20",
     "text": "Foreign Secretary Vikram Misri's briefing of the Jha, Kanimozhi and Shinde groups "
             "was scheduled for 20 May (the other groups: 23 May).",
     "sources": [8], "approximate": False},
    # FS Group 3 Japan row: "departed Delhi 21 May; in Tokyo from 22 May
    # [confirmed: 37, 38, 36]".
    {"date": "2025-05-21", "text": "The Sanjay Jha-led delegation (Group 3) left Delhi for Japan.",
     "sources": [37, 38, 36], "approximate": False},
    # FS Group 4 UAE row: "departed 21 May; in Abu Dhabi on 22 May [confirmed:
    # 46, 47, 10]".
    {"date": "2025-05-21", "text": "The Shrikant Shinde-led delegation (Group 4) left for the UAE.",
     "sources": [46, 47, 10], "approximate": False},
    # FS Pakistan formation: "Bilawal met the PM on 23 May before departure
    # [91, 92, 93]", with the PM's brief "to present Pakistan's case for peace".
    {"date": "2025-05-23",
     "text": "Bilawal Bhutto Zardari met PM Shehbaz Sharif before departure; the PM had asked "
             "him to lead a delegation 'to present Pakistan's case for peace'.",
     "sources": [91, 92, 93], "approximate": False},
    # FS Group 2 France row: "departed India 25 May" [23, 26, 9]; 23 = "...
    # departs for France", 25 May (9 is the plan, 26 the Rome item).
    {"date": "2025-05-25", "text": "The Ravi Shankar Prasad-led delegation (Group 2) left India for France.",
     "sources": [23], "approximate": False},
    # FS background: "Elected on 3 June 2025 for 2026-27: Bahrain, Colombia,
    # DR Congo, Latvia, Liberia [118, 119]".
    {"date": "2025-06-03",
     "text": "The UN General Assembly elected Bahrain, Colombia, DR Congo, Latvia and Liberia "
             "to the Security Council for 2026-27.",
     "sources": [118, 119], "approximate": False},
    # FS India summary: "PM Modi met the delegations at 7 Lok Kalyan Marg on
    # Tue 10 June 2025 [11, 12]".
    {"date": "2025-06-10", "text": "PM Modi met the delegations at 7 Lok Kalyan Marg.",
     "sources": [11, 12], "approximate": False},
    # FS Pakistan: "Bilawal briefed PM Shehbaz Sharif on the US and Europe
    # visits on 24 June (the PM hosted a dinner) [112]".
    {"date": "2025-06-24",
     "text": "Bilawal Bhutto Zardari briefed PM Shehbaz Sharif on the US and Europe visits.",
     "sources": [112], "approximate": False},
    # Not included (no date stated): Pakistan's Foreign Office saying two
    # delegations were formed [99, 100]; the departures of Groups 1, 5, 6, 7
    # and of Bilawal's delegation (only arrivals are stated).
]

# ---------------------------------------------------------------------------
# 5. PURPOSES
# ---------------------------------------------------------------------------
PURPOSES = {
    "india": [
        # FS India summary row [1, 3, 2]; article: "visit key global capitals,
        # including members of the United Nations Security Council".
        {"text": "visit key partner countries, including members of the UN Security Council",
         "sources": [1, 3, 2], "article_only": False},
        # FS titles: 1 "to brief nations on Op Sindoor", 3 "to brief nations"
        # (url: "brief-nations-on-india-pakistan-terrorism-operation-sindoor"),
        # 7 "to convey message of Operation Sindoor"; article: "share details
        # of Operation Sindoor" / "brief foreign governments on Operation Sindoor".
        {"text": "brief nations on Operation Sindoor and convey its message",
         "sources": [1, 3, 7], "article_only": False},
        # FS titles: 37 "'Zero tolerance against terrorism': first all-party
        # delegation departs"; 76 "... to reaffirm India's zero-tolerance policy
        # on terrorism"; 54 url "...conveying-indias-message-of-zero-tolerance-
        # against-terrorism".  Article: "advocate for a zero-tolerance approach
        # to terrorism".
        {"text": "convey India's message of zero tolerance against terrorism",
         "sources": [37, 76, 54], "article_only": False},
        # FS: 46 url "...reaffirm-india-s-firm-stance-against-cross-border-
        # terrorism"; 68 title "... to affirm India's anti-terror stance".
        # Article: "India's firm stance against cross-border terrorism".
        {"text": "affirm India's firm stance against cross-border terrorism",
         "sources": [46, 68], "article_only": False},
        # FS titles: 72 "... expose Pak-based terrorism"; 24 "'It is our duty
        # to expose these activities of Pakistan'" (a member).  Not in the article.
        {"text": "expose Pakistan-based terrorism",
         "sources": [72, 24], "article_only": False},
        # Only the article: "aim to present a united front against terrorism".
        # No fact-sheet source says "united front".
        {"text": "present a united front against terrorism",
         "sources": [], "article_only": True},
    ],
    "pakistan": [
        # FS Pakistan formation [91, 92, 93]: PM asked Bilawal to lead a
        # delegation "to present Pakistan's case for peace".  Article:
        # "advocate for 'peace'".
        {"text": "present Pakistan's case for peace",
         "sources": [91, 92, 93], "article_only": False},
        # FS titles: 92 "Bilawal seeks PM's guidance on how to promote
        # Pakistan's stance"; 93 "... to present Pakistan's stance in global capitals".
        {"text": "present Pakistan's stance in global capitals",
         "sources": [92, 93], "article_only": False},
        # FS titles: 94 "... to counter Indian narrative", 98 "... in US to
        # counter Indian narrative", 110 "... reach Brussels to counter Indian narrative".
        {"text": "counter the Indian narrative",
         "sources": [94, 98, 110], "article_only": False},
        # FS titles: 108 "... arrives in London to discuss regional peace";
        # 104 "Bilawal urges U.S. to help prevent war with India, calls for peace talks".
        {"text": "discuss regional peace and call for peace talks with India",
         "sources": [108, 104], "article_only": False},
        # Fatemi delegation: FS titles 100 "Pakistan sends delegation to Moscow
        # to push its diplomatic case", 99 "... diplomatic mission to Moscow
        # amid India-Pakistan tensions".
        {"text": "(Moscow delegation) push Pakistan's diplomatic case in Moscow",
         "sources": [100, 99], "article_only": False},
        # The article's "attempt to mirror India's actions and salvage
        # Pakistan's international image" is the article's own characterisation
        # ("widely perceived"), not a stated purpose: left out.
    ],
}

# ---------------------------------------------------------------------------
# 6. URL_FIXES  (source key -> corrected URL)
# ---------------------------------------------------------------------------
URL_FIXES = {
    # FS url: "https://www.kashmirnewsobserver.com/trending/top-stories/\top-stories/
    # operation-sindoor-...-kno-195412" (literal backslash).  It is a relative
    # link "\top-stories/<slug>" joined to the listing page /trending/top-stories/.
    # A backslash-led relative reference on an http(s) page resolves as
    # root-relative (WHATWG URL; checked with node:
    # new URL("\\top-stories/<slug>", "https://www.kashmirnewsobserver.com/trending/top-stories/")
    # -> https://www.kashmirnewsobserver.com/top-stories/<slug>), which is
    # also the site's article pattern (/top-stories/<slug>-kno-<id>, seen in
    # other public links to the site).
    "kno0521": "https://www.kashmirnewsobserver.com/top-stories/"
               "operation-sindoor-diplomacy-begins-as-delegations-leave-for-japan-uae-kno-195412",
    # No other URL is malformed.  Odd but not correctable with certainty:
    # 73 mingoda ".../News/633994/Jobs", 100 daily8 ".../hashtag/LiberationofBangladesh"
    # (a tag page, not the article), 102 "mail.pakistanlink.org".
}

# ---------------------------------------------------------------------------
# 7. ANNOUNCED_NOTES  (India: announced 59 / 33 vs recorded)
# ---------------------------------------------------------------------------
ANNOUNCED_NOTES = {
    # Recorded in the generated dataset: 60 Indian members with status
    # "travelled" (not counting Varun Jeph, accompanying): 52 political names
    # + 8 former diplomats (Shringla, Saran, Mohan Kumar, Chinoy, T. S. Sandhu,
    # Puri, Ashraf, Akbaruddin); not travelled: Yusuf Pathan (withdrew),
    # Sudip Bandyopadhyay (declined).  Destinations: 33 incl. the EU (32
    # countries + EU), no country visited by two groups.
    "recorded": {"members_travelled": 60, "political": 52, "former_diplomats": 8,
                 "destinations": 33},
    # The gap (52 vs 51 political leaders): the fact sheet's size note (India
    # summary, "Size" row) - "The members confirmed here add up to 52
    # political names including Thambidurai (53 if Yusuf Pathan, who
    # withdrew, is counted)." - i.e. the extra name is M. Thambidurai.  The
    # sum is the fact sheet's own; the outlets in the note are Patrika (5)
    # and HT/PTI (4).
    "gap": {"text": "The members confirmed here add up to 52 political names including "
                    "Thambidurai (53 if Yusuf Pathan, who withdrew, is counted).",
            "sources": [5, 4]},
    # Why Thambidurai may be outside the announced 51: FS member note
    # "Absent from several ANI member lists and from NewsBytes' 18 May list;
    # whether he was in the original 17 May list is unconfirmed" and the
    # disagreement "appears in Group 2 reports from 25 May onward but is
    # missing from NewsBytes' 18 May list and from several ANI member lists".
    "thambidurai": {"sources_naming_him": [24, 29, 30],
                    "lists_without_him": [6, 23, 27, 31, 32]},
    # Other counts in the fact sheet: Patrika "58 leaders" (5); HT/PTI "31 NDA
    # + 20 non-NDA political leaders" (4); growingindia "59 delegates = 51
    # political leaders + 8 ambassadors" (13, title).
    "other_counts": {"58 leaders": [5], "31 NDA + 20 non-NDA": [4], "59 = 51 + 8": [13]},
    # 33 vs 32 + EU: FS size row "33 countries incl. the EU (or '32 countries
    # plus EU HQ')" [partially confirmed: 4, 7, 11, 13, 12]; FS disagreement
    # "59 members / 33 countries incl. the EU (Mint, Millennium Post) vs '51
    # political leaders, 32 countries + EU HQ' (HT/PTI, Telegraph) vs '58
    # leaders' (Patrika)".  The two country counts are the same total (32 + EU
    # = 33, as the dataset's 33 destinations); the conflict is the wording and
    # 58 vs 51 leaders.  Telegraph's own title says "33 world capitals" (7).
    "countries": {"33 incl. the EU": [11, 12], "32 countries + EU HQ": [4, 7],
                  "33 world capitals (title)": [7]},
}

# ---------------------------------------------------------------------------
# Other places where the generated dataset says more than the fact sheet
# (or than its sources), for the report; not tables.
# ---------------------------------------------------------------------------
OTHER_FINDINGS = [
    "Liberia (in-g4-monrovia) gets from/to 2025-05-31..2025-06-03, but both date sources are "
    "plans (53 'expected', 10); the generator's PLANNED_ONLY rule drops such dates for "
    "Singapore/Jakarta/Kuala Lumpur but not here.",
    "Germany from 2025-06-05 and Denmark from 2025-05-29 are the planned first days (9); the "
    "fact sheet's own 28 says the group reached Denmark on Friday (30 May).",
    "in-g1 'to' 2025-06-03 rests only on 22 (stockwaves, low reliability); the delegation's "
    "dates carry no such caveat.",
    "pk-fatemi 2025-06-02..06-04 with dates_approximate False: 2 and 4 June come from the MoFA "
    "schedule quoted by 100; the reports (113, 114, 115) confirm 3 June.",
    "Ghulam Nabi Azad 'missed' Riyadh and Algiers citing 18, 19 (27-28 May reports of his "
    "hospitalisation); they cannot show he missed the Algeria leg (30 May - 2 June).",
    "India summary note 'Misri briefed ... on 20 May, and the others on 23 May' cites only 8, "
    "an 18 May schedule.",
    "Algeria 30 May - 2 June with dates_approximate False cites only 20 (IANS, 30 May): the "
    "2 June end is a schedule.",
    "announced block cites 4, 7, 11, 13, 12 for '59 members (51 + 8); 33 countries' though 4 "
    "and 7 give 51 leaders / 32 countries + EU (only 11, 12, 13 give 59).",
    "Musadik Malik's member note quotes the announcement article but does not cite it.",
    "Shambhavi Choudhary's sources include 69 (The Quint); Milind Deora's do not, though the "
    "disagreement says The Quint lists them both.",
]
