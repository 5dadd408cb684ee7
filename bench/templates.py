"""Sentence templates of the benchmark corpus, written for it; `{slot}`s are filled per article.

Every event type of the vocabulary has a headline, lead sentences and follow-up details; status
variants (planned, rumoured, denied, cancelled) are mixed in. Most sentences of a real report
state no fact at all, so the corpus also carries quotes, background, analysis and closing lines.

Slots (see bench/generate.py): names of the article's cast (brand, maker, vehicle, model, person,
newcomer, jv, partner, group2, country, city, factory, show, outlet...), figures drawn per
sentence (units, money, pct, jobs...) and dates relative to the publication day (weekday, when,
when_future, period, month_past, year_past, year_future...).
"""

from typing import Final

from kg.model.vocabulary import EVENT_TYPES as VOCABULARY_EVENT_TYPES

EVENT_TYPES: Final = VOCABULARY_EVENT_TYPES

HEADLINES: Final[dict[str, tuple[str, ...]]] = {
    "Debut": (
        "{brand} shows the {vehicle} for the first time at the {show}",
        "First look: the {vehicle} arrives with a new face and more range",
        "{brand} pulls the covers off the {vehicle}",
    ),
    "Launch": (
        "{vehicle} goes on sale in {country} from {price}",
        "{brand} starts deliveries of the {vehicle}",
        "Orders open for the {vehicle} as {brand} chases volume in {country}",
    ),
    "SalesReport": (
        "{brand} sales {updown_word} in {country} as buyers weigh price cuts",
        "{maker} deliveries {updown_word} {pct}% in {period}",
        "{brand} posts {best_worst} month in {country} since {year_past}",
    ),
    "ExecutiveChange": (
        "{maker} names {newcomer} as new {title}",
        "{person} to leave {person_org} after {n_years} years",
        "Leadership shuffle at {brand}: {newcomer} takes over",
    ),
    "Restructuring": (
        "{maker} to cut {jobs} jobs in {country}",
        "{maker} unveils restructuring plan as margins shrink",
        "{brand} overhauls its {country_adj} operations",
    ),
    "MarketExit": (
        "{brand} to quit {country} by {year_future}",
        "Is {brand} leaving {country}? The company says no",
        "{maker} pulls the plug on {country} sales",
    ),
    "Recall": (
        "{brand} recalls {units} {model} vehicles over {defect_noun}",
        "{maker} issues recall for the {vehicle}",
        "Regulators flag {defect_noun} in the {vehicle}",
    ),
    "Acquisition": (
        "{group2} agrees to buy {target} for {money}",
        "{maker} takes control of {partner}",
        "Takeover talk swirls around {brand}",
    ),
    "Merger": (
        "{maker} and {group2} agree to merge",
        "{maker}-{group2} merger talks collapse",
        "Shareholders back the {maker} and {group2} combination",
    ),
    "Investment": (
        "{maker} to invest {money} in {country}",
        "{maker} backs {partner} with {money}",
        "{maker} commits {money} to electric vehicles",
    ),
    "JointVentureFormation": (
        "{jv_partner1} and {jv_partner2} form a new venture",
        "{maker} and {partner} set up a joint venture in {country}",
        "New joint venture for {jv_partner1} as it deepens ties with {jv_partner2}",
    ),
    "Partnership": (
        "{maker} teams up with {partner} on software",
        "{brand} and {partner} sign cooperation deal",
        "{maker} picks {partner} as technology partner",
    ),
    "PlantOpening": (
        "{maker} opens new plant in {city}",
        "Production begins at {factory}",
        "{maker} starts building cars in {city}",
    ),
    "PlantClosure": (
        "{maker} to close {city} plant",
        "End of the line for the {city} factory",
        "{maker} shuts production at {factory}",
    ),
    "Anniversary": (
        "{brand} turns {anniversary_years}",
        "{anniversary_years} years of the {vehicle}",
        "{brand} celebrates its {anniversary_nth} anniversary with a special edition",
    ),
    "FinancialResult": (
        "{maker} profit {updown_word} in {period}",
        "{maker} swings to a loss on {country_adj} weakness",
        "{maker} revenue tops forecasts",
    ),
}

LEADS: Final[dict[str, tuple[str, ...]]] = {
    "Debut": (
        "{brand} used the {show} to unveil the {vehicle}, a {body} that previews the styling of "
        "the brand's next generation of {powertrain} models.",
        "{brand} took the wraps off the {vehicle} at the {show} on {weekday}, giving visitors "
        "their first look at a {body} the company has been teasing for months.",
        "The {vehicle} made its world premiere at the {show}, where {maker} also showed a "
        "refreshed version of the {vehicle2}.",
        "{maker} revealed the {vehicle} in {city} {when}, ahead of its first public appearance "
        "at the {show}.",
        "{brand} has unveiled the {vehicle}, a {powertrain} {body} aimed squarely at the "
        "{rival_vehicle}.",
    ),
    "Launch": (
        "The {vehicle} went on sale in {country} {when}, with prices starting at {price}.",
        "{brand} launched the {vehicle} in {country} {when}, {n_weeks} weeks after it began "
        "taking orders.",
        "{maker} has started deliveries of the {vehicle} to customers in {country}.",
        "Dealers in {country} began taking orders for the {vehicle} {when}, and the first cars "
        "are due in showrooms in {month_future}.",
        "{brand} rolled out the {vehicle} across {country} {when}, its {ordinal} new model this "
        "year.",
    ),
    "SalesReport": (
        "{brand} sold {units} vehicles in {country} in {period}, {updown} {pct}% from a year "
        "earlier.",
        "{maker} delivered {units} cars worldwide in {period}, its {best_worst} result since "
        "{year_past}.",
        "Registrations of {brand} models in {country} reached {units} units in {month_past}, "
        "according to figures compiled by {outlet}.",
        "{brand} shipped {units} vehicles in {period}, while its sales in {country} came to "
        "{units2} units.",
        "Sales of the {vehicle} in {country} climbed to {units} units in {period}, making it "
        "the brand's best-selling model.",
    ),
    "ExecutiveChange": (
        "{maker} appointed {newcomer} as {title}, effective {date_future}, succeeding {person}.",
        "{person} will step down as {person_title} of {person_org} {when_future}, the company "
        "said on {weekday}.",
        "{newcomer} has been named {title} of {brand}, replacing {person}, who is leaving after "
        "{n_years} years with the group.",
        "{person_org} said {newcomer} would take over as {title} from {date_future}.",
        "{maker} has promoted {newcomer} to {title}, a role that was left vacant when "
        "{newcomer2} resigned in {month_past}.",
    ),
    "Restructuring": (
        "{maker} will cut {jobs} jobs in {country} as part of a restructuring meant to save "
        "{money} a year.",
        "{brand} announced a sweeping reorganisation of its {country_adj} operations on "
        "{weekday}, folding its sales and marketing teams into a single unit.",
        "{maker} plans to eliminate {jobs} positions at its plants in {country} by the end of "
        "{year_future}.",
        "{maker} is laying off {jobs} workers in {country} as demand for its {powertrain} models "
        "falls short of plans.",
        "{maker} has launched a restructuring of its business in {country}, where its market "
        "share has halved since {year_past}.",
    ),
    "MarketExit": (
        "{brand} will exit the {country_adj} market by the end of {year_future}, ending "
        "{n_years} years of sales there.",
        "{maker} said on {weekday} it would pull out of {country} after its sales there "
        "collapsed to {units} vehicles last year.",
        "{brand} is considering whether to leave the {country_adj} market, people familiar with "
        "the matter said.",
        "{brand} has denied speculation that it plans to withdraw from {country}.",
        "{maker} ceased sales in {country} {when}, completing a withdrawal announced in "
        "{month_past}.",
    ),
    "Recall": (
        "{brand} is recalling {units} {model} vehicles in {country} because {defect}.",
        "{maker} recalled {units} cars {when} over {defect_noun}, according to a filing with "
        "safety regulators.",
        "{brand} will recall {units} units of the {vehicle} to fix {defect_noun}.",
        "{maker} has issued a recall covering {units} vehicles in {country}, including the "
        "{vehicle}, because {defect}.",
        "Owners of the {vehicle} in {country} will be contacted after {brand} launched a recall "
        "over {defect_noun}.",
    ),
    "Acquisition": (
        "{group2} agreed to acquire {target} from {maker} for {money}, the companies said on "
        "{weekday}.",
        "{maker} bought a {pct_major}% stake in {partner} for {money}, giving it control of "
        "the company.",
        "{group2} is in talks to buy {target}, people familiar with the matter said.",
        "{maker} completed its acquisition of {partner} {when}, paying {money} in cash and shares.",
        "{group2} has denied reports that it is preparing a takeover bid for {target}.",
    ),
    "Merger": (
        "{maker} and {group2} agreed to merge, forming a group with combined sales of more than "
        "{units} vehicles a year.",
        "Shareholders of {maker} and {group2} approved the merger at meetings held on {weekday}.",
        "{maker} and {group2} called off merger talks on {weekday}, weeks after announcing plans "
        "to combine their businesses.",
        "{maker} is exploring a merger with {group2}, according to people briefed on the talks.",
        "The merger of {maker} and {group2} would create the world's {ordinal}-largest "
        "carmaker by volume.",
    ),
    "Investment": (
        "{maker} will invest {money} in {country} over the next {n_years} years to build "
        "electric vehicles and batteries.",
        "{maker} is investing {money} in {partner}, taking a {pct_minor}% stake in the company.",
        "{maker} plans to invest {money} in its plants in {country} by {year_future}.",
        "{maker} poured {money} into {partner} {when}, its largest investment in a technology "
        "company to date.",
        "{maker} said it would invest {money} in a new battery plant in {country}.",
    ),
    "JointVentureFormation": (
        "{jv_partner1} and {jv_partner2} formed a joint venture, {jv}, to build and sell cars "
        "in {jv_country}.",
        "{maker} and {partner} signed an agreement to form a joint venture that will make "
        "battery packs in {country}.",
        "{maker} and {partner} will set up a 50-50 joint venture to develop software for "
        "electric cars, the companies said on {weekday}.",
        "{jv_partner1} has formed a new joint venture with {jv_partner2} to produce electric "
        "vehicles in {jv_country}.",
    ),
    "Partnership": (
        "{maker} and {partner} signed a strategic cooperation agreement to co-develop software "
        "for connected cars.",
        "{brand} has teamed up with {partner} to develop a new generation of batteries.",
        "{maker} announced a partnership with {partner} on {weekday} covering charging "
        "networks in {country}.",
        "{maker} agreed a tie-up with {partner} to jointly develop driver-assistance systems.",
        "{maker} and {partner} expanded their alliance {when} to include {powertrain} models.",
    ),
    "PlantOpening": (
        "{maker} opened its new assembly plant in {city} on {weekday}, with capacity to build "
        "{units} vehicles a year.",
        "Production started at {factory} {when}, {maker} said.",
        "{maker} has inaugurated a factory in {city} that will employ {jobs_small} people when "
        "it reaches full output.",
        "{maker} began production at its new plant in {city} {when}, {n_months} months later "
        "than planned.",
    ),
    "PlantClosure": (
        "{maker} will close its plant in {city} by the end of {year_future}, putting {jobs} "
        "jobs at risk.",
        "{maker} shut down production at {factory} {when} after demand for the {model} collapsed.",
        "{maker} confirmed on {weekday} that it would close its factory in {city}, where "
        "{jobs} people work.",
        "{maker} is winding down its plant in {city}, which built its first car in {year_past}.",
    ),
    "Anniversary": (
        "{brand} is celebrating its {anniversary_nth} anniversary this year, {anniversary_years} "
        "years since its first car left the factory.",
        "The {vehicle} turns {anniversary_years} this year, and {brand} is marking the "
        "{anniversary_nth} anniversary of the model with a limited edition.",
        "{brand} marked {anniversary_years} years since its founding with a parade of classic "
        "cars through {city}.",
    ),
    "FinancialResult": (
        "{maker} reported a net profit of {money} for {period}, {updown} {pct}% from a year "
        "earlier.",
        "{maker}'s operating profit fell to {money} in {period} as price cuts in {country} "
        "weighed on margins.",
        "Revenue at {maker} rose {pct}% to {money} in {period}, helped by strong demand for "
        "hybrids.",
        "{maker} swung to a net loss of {money} in {period}, hurt by a write-down on its "
        "{country_adj} business.",
        "{maker} posted operating income of {money} in {period}, ahead of analysts' forecasts.",
    ),
}

DETAILS: Final[dict[str, tuple[str, ...]]] = {
    "Debut": (
        "The {model} rides on a new platform and offers a range of up to {range_km} kilometres "
        "on a single charge.",
        "Pricing will be confirmed closer to launch, but the company said the {model} would sit "
        "above the {model2} in its line-up.",
        "Designers gave the {model} a closed-off grille, slim light bars and a roofline that "
        "slopes sharply towards the tail.",
        "Inside, a {screen}-inch screen stretches across most of the dashboard.",
        "The company said it had already collected more than {orders} reservations for the car.",
        "Engineers fitted a heat pump as standard to protect range in cold weather.",
    ),
    "Launch": (
        "The entry version comes with a {battery} kWh battery, while a long-range version adds "
        "roughly {range_extra} kilometres of range.",
        "Customers who ordered early will receive a free home charger and {service_years} years "
        "of servicing.",
        "The {model} replaces the ageing {model2}, which had been on sale for {n_years} years.",
        "Buyers can choose between two trim levels and {colours} exterior colours.",
        "The car supports fast charging at up to {kw} kW, enough to add several hundred "
        "kilometres in under half an hour.",
    ),
    "SalesReport": (
        "Demand for plug-in hybrids held up better than for fully electric models.",
        "The brand's market share in {country} slipped to {pct_small}%, the lowest level in "
        "{n_years} years.",
        "Dealers said discounting remained heavy, particularly on older models.",
        "Electric models accounted for {pct_small} out of every ten cars the brand sold.",
        "Inventory at dealerships fell for the third month in a row.",
    ),
    "ExecutiveChange": (
        "{newcomer} joined the company in {year_past} and most recently ran its operations in "
        "{country}.",
        "The change is the latest in a series of management moves at the group this year.",
        "{person} will stay on as an adviser until the end of {year_future}.",
        "The board said it had considered both internal and external candidates.",
    ),
    "Restructuring": (
        "The cuts will fall mainly on administrative staff and research teams.",
        "Unions said they would fight the plans and called a protest for next week.",
        "The restructuring will cost {maker} about {money} in one-off charges, the company said.",
        "Management said the savings would be reinvested in new models and software.",
    ),
    "MarketExit": (
        "Existing owners will still be able to get their cars serviced through a network of "
        "independent partners.",
        "The brand's sales there peaked at {units} vehicles in {year_past}.",
        "Several rivals have reviewed their presence in the market over the past year.",
        "Imports from neighbouring markets had already replaced most of the local line-up.",
    ),
    "Recall": (
        "The company said it was not aware of any crashes or injuries linked to the problem.",
        "Dealers will inspect the affected cars and replace the faulty parts free of charge.",
        "Owners will be notified by letter from {month_future}.",
        "The affected vehicles were built over a period of roughly {n_months} months.",
    ),
    "Acquisition": (
        "The deal still needs approval from competition authorities in several countries.",
        "The purchase price values the business at about {money2}.",
        "Bankers expect the transaction to close in {period_future}.",
    ),
    "Merger": (
        "The combined company would be listed in {city} and keep both brands.",
        "Integration costs are expected to reach {money} over three years.",
        "Talks had been complicated by disagreements over the valuation of each side.",
    ),
    "Investment": (
        "The money will go towards new battery lines and software development.",
        "Local officials welcomed the plan, which they said would create {jobs_small} jobs.",
        "The investment comes on top of {money2} the group committed in {year_past}.",
    ),
    "JointVentureFormation": (
        "Each partner will hold half of the venture, which is expected to start production in "
        "{year_future}.",
        "The venture will be based in {city} and employ about {jobs_small} people at first.",
    ),
    "Partnership": (
        "Financial terms of the agreement were not disclosed.",
        "The first vehicles to use the jointly developed technology are expected in {year_future}.",
    ),
    "PlantOpening": (
        "The plant will build the {model} and, from {year_future}, a smaller {powertrain} model.",
        "Output is expected to rise gradually over the next {n_months} months.",
    ),
    "PlantClosure": (
        "Production of the {model} will move to other sites in the group's network.",
        "Local politicians called the decision a heavy blow for the region.",
    ),
    "Anniversary": (
        "Only {edition_count} examples of the anniversary edition will be built.",
        "The celebrations include an exhibition of historic models at the company museum.",
    ),
    "FinancialResult": (
        "The company kept its full-year guidance unchanged.",
        "Its operating margin narrowed to {pct_small}% from {pct_small2}% a year earlier.",
        "Free cash flow came in at {money2}, below expectations.",
    ),
}

BACKGROUND: Final = (
    "{brand} is owned by {maker}.",
    "{maker}'s {brand} brand has been struggling to keep up with newer rivals.",
    "{brand}, a subsidiary of {maker}, has been part of the group since {year_past}.",
    "{jv} is a joint venture between {jv_partner1} and {jv_partner2}.",
    "{jv_partner1} and {jv_partner2} have run {jv} together for more than a decade.",
    "{person}, {person_title} of {person_org}, has made {country} a priority.",
    "{maker} holds a {pct_minor}% stake in {partner}.",
    "{maker} owns {brand} along with several other marques.",
    "The {vehicle} is built by {jv} for the local market.",
    "{brand} belongs to {maker}, which also sells cars under several other names.",
)

QUOTES: Final = (
    '"We are confident that customers will respond to what we are offering," {person}, '
    "{person_title} of {person_org}, said in a statement.",
    '"This is a difficult decision, but a necessary one," {person} said.',
    '"Demand is shifting faster than anyone expected," {person} told reporters in {city}.',
    '"We will keep investing where we see growth," {person} said on a call with analysts.',
    '"The next two years will decide who survives in this industry," said {newcomer2}, an '
    "analyst who covers the sector.",
    '"Our customers want choice, and we intend to give it to them," a {brand} spokesperson said.',
    '"There is no change to our strategy," the company said in an emailed statement.',
    '"We have learned a lot in the past two years, and the product shows it," {person} said.',
    '"Nobody in this industry can afford to stand still," said {newcomer2}, a consultant based '
    "in {city}.",
    '"It is too early to say what this means for prices," a spokesperson for {maker} said.',
    '"We see this as the start of a long journey," {person} told employees in a memo.',
    '"The order intake gives us confidence for the rest of the year," the company said.',
)

ANALYSIS: Final = (
    "Analysts said the move reflects mounting pressure on established carmakers from cheaper "
    "competitors.",
    "Shares in {maker} closed {pct_small}% {higher_lower} on {weekday}.",
    "The industry is grappling with uneven demand for electric vehicles, higher interest rates "
    "and the threat of new tariffs.",
    "Price wars have squeezed margins across the sector, and dealers report that discounts of "
    "{pct_small}% or more are now common.",
    "Consultants expect consolidation to accelerate over the next few years as smaller players "
    "run short of cash.",
    "Battery costs have fallen sharply since {year_past}, narrowing the gap with combustion "
    "models.",
    "Competition is fiercest in the compact SUV segment, where more than a dozen new models "
    "arrived in the past year.",
    "The company has been trying to cut the time it takes to develop a new model to under "
    "three years.",
    "Software has become a central battleground, with buyers expecting cars to improve through "
    "over-the-air updates.",
    "Supply of semiconductors has largely normalised, although some components remain tight.",
    "Investors have grown more cautious about the sector after a string of profit warnings.",
    "Government incentives for electric cars have been scaled back in several markets.",
    "Some analysts questioned whether the plan goes far enough.",
    "Others pointed to the strength of the order book as a sign of confidence.",
    "The rest of the line-up is due to be renewed over the next two years.",
    "Dealers say customers are holding on to their cars for longer, waiting for prices to settle.",
    "Rising labour costs and expensive raw materials continue to weigh on the whole supply chain.",
    "Most carmakers now plan to offer a mix of electric, hybrid and petrol models well into the "
    "next decade.",
    "Insurance premiums for new cars have risen sharply, adding to the cost of ownership.",
    "Fleet buyers, who account for a large share of new registrations, have become more selective.",
    "The used-car market has cooled after two years of unusually high prices.",
    "Trade tensions between the largest economies have made long-term planning harder.",
    "Charging networks are expanding quickly, but coverage outside big cities remains patchy.",
    "New emissions rules due later in the decade will force further changes to the range.",
    "Several start-ups have run out of money in the past year, leaving owners without support.",
    "Engineers say the next big gains will come from cheaper battery chemistries rather than "
    "bigger packs.",
    "Executives across the industry have warned that the transition will take longer than "
    "first hoped.",
    "The segment is crowded, and loyalty to any single brand has weakened.",
    "Currency swings added to the pressure on exporters during the period.",
    "Retail prices have crept up for three years in a row, pushing some buyers towards smaller "
    "cars.",
    "Suppliers, squeezed between carmakers and commodity prices, have started to consolidate too.",
    "The shift to software-defined vehicles has forced traditional manufacturers to hire "
    "thousands of programmers.",
    "Some buyers remain wary of resale values for electric cars.",
    "Interest in compact models has revived as fuel prices climbed again.",
    "Logistics bottlenecks at ports have eased, although shipping rates remain volatile.",
)

CLOSINGS: Final = (
    "{maker} is due to publish its next quarterly results on {date_future}.",
    "The company did not respond to a request for further comment.",
    "{outlet} first reported the plans {when}.",
    "Further details are expected at an investor event later this year.",
    "The company said it would give an update on its plans in {month_future}.",
    "A spokesperson declined to comment on the timing.",
)

BODIES: Final = (
    "compact SUV",
    "midsize SUV",
    "three-row SUV",
    "sedan",
    "hatchback",
    "estate",
    "crossover",
    "coupé",
    "pickup",
    "minivan",
    "roadster",
    "shooting brake",
)
POWERTRAINS: Final = (
    "electric",
    "plug-in hybrid",
    "hybrid",
    "range-extender",
    "battery-electric",
    "mild-hybrid",
)
DEFECTS: Final = (
    "a seat belt may not latch properly",
    "the rear-view camera image can fail to appear",
    "a fuel pump can stop working",
    "the brake booster may lose vacuum",
    "software can cause the instrument panel to go blank",
    "a battery cell may overheat",
    "the bonnet latch can open while driving",
    "airbags may not deploy as intended",
    "wheel nuts may loosen over time",
    "the parking brake may not engage",
)
DEFECT_NOUNS: Final = (
    "a faulty fuel pump",
    "a software glitch",
    "a seat belt defect",
    "overheating battery cells",
    "a loose trim panel",
    "a brake fault",
    "a steering problem",
    "faulty airbag inflators",
    "a wiring fault",
    "a cracked axle",
)
GIVEN_NAMES: Final = (
    "Anna",
    "Marco",
    "Katrin",
    "Jonas",
    "Sofia",
    "Daniel",
    "Elena",
    "Tomas",
    "Hiroshi",
    "Mei",
    "Rahul",
    "Laura",
    "Pierre",
    "Claire",
    "Lukas",
    "Ingrid",
    "Diego",
    "Yuki",
    "Peter",
    "Nadia",
    "Samuel",
    "Helena",
    "Martin",
    "Olivia",
)
FAMILY_NAMES: Final = (
    "Keller",
    "Bellini",
    "Vogel",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Kowalski",
    "Brennan",
    "Okafor",
    "Santos",
    "Hartmann",
    "Nakamura",
    "Duval",
    "Ferreira",
    "Novak",
    "Castillo",
    "Whitfield",
    "Rasmussen",
    "Iyer",
    "Albrecht",
    "Marchetti",
    "Sorensen",
    "Kimura",
    "Delacroix",
)
TITLES: Final = (
    "chief executive",
    "chief financial officer",
    "chief operating officer",
    "head of design",
    "chief technology officer",
    "head of sales",
    "president",
    "chairman",
)
