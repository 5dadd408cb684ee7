"""Word lists the recognisers share: titles, trims, legal suffixes, words that are never names."""

TITLES = (
    "chief executive officer", "chief executive", "chief financial officer", "chief operating officer",
    "chief technology officer", "chief technical officer", "chief planning officer",
    "chief design officer", "chief marketing officer", "chief performance officer",
    "chief", "chairman", "chairwoman", "chairperson", "chair", "vice chairman", "president",
    "vice president", "executive vice president", "senior vice president", "founder", "co-founder",
    "ceo", "cfo", "coo", "cto", "managing director", "head", "boss", "director", "executive director",
    "general manager", "board member", "spokesperson", "spokesman", "spokeswoman", "analyst",
    "designer", "engineer", "executive", "governor", "minister", "prime minister", "mayor",
    "secretary", "senator", "chancellor", "independent director", "senior independent director",
    "non-executive director", "design director", "chief design officer", "head of design",
)

ROLE_TITLES = (
    "chief executive officer", "chief executive", "chief financial officer", "chief operating officer",
    "chief technology officer", "chief technical officer", "chief planning officer",
    "chief design officer", "chief marketing officer", "chief performance officer",
    "chairman", "chairwoman", "chairperson", "chair", "vice chairman", "president",
    "vice president", "executive vice president", "senior vice president", "founder", "co-founder",
    "ceo", "cfo", "coo", "cto", "managing director", "head", "boss", "general manager",
    "executive director", "board member", "director", "independent director",
    "senior independent director", "non-executive director", "chief design officer",
    "design director", "chief creative officer", "head of design",
)

TRIM_WORDS = {
    "Ultra", "Pro", "Max", "Plus", "GT", "GTS", "RS", "Sport", "Performance", "Nismo",
    "Premium", "Luxury", "Limited", "Platinum", "Signature", "Carrera", "Turbo", "Targa",
    "S/T", "GT3", "GT2", "GT4", "Spyder", "Competition", "Black Badge", "Trofeo",
}
POWERTRAIN_WORDS = {
    "E-Tech", "e-tron", "Electric", "Electrified", "Hybrid", "EV", "PHEV",
    "Plug-in Hybrid", "e-Hybrid", "E-Hybrid", "Recharge", "e:HEV",
}
CONCEPT_WORDS = {"Vision", "Concept", "Mission", "Study"}
EDITION_WORDS = {"Edition", "Concept", "Prototype", "Study"}

NEVER_NAME_WORDS = {
    "The", "A", "An", "And", "But", "Or", "In", "On", "At", "By", "For", "From", "With", "As",
    "Of", "To", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "Our",
    "Chief", "Executive", "Officer", "President", "Chairman", "Chairwoman", "Director", "Head",
    "Vice", "Senior", "Group", "Motor", "Motors", "Company", "Corporation", "Auto", "Show",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "North", "South", "East", "West", "New", "Chinese", "Japanese",
    "German", "American", "Korean", "French", "Italian", "British", "European", "Asian", "Indian",
    "Swedish", "Read", "Meanwhile", "However", "According", "Analysts", "Sales", "Deliveries",
    "Earlier", "Last", "Next", "Still", "Shares", "Reuters", "Bloomberg", "Board", "Investors",
    "Electric", "Concept", "Edition", "Model", "Series", "Class", "Mr", "Ms", "Mrs", "Dr",
    "CEO", "CFO", "COO", "CTO", "Co", "Inc", "Ltd", "AG", "SE", "Q1", "Q2", "Q3", "Q4", "EV",
    "EVs", "SUV", "SUVs", "Both", "Under", "After", "Before", "Since", "During", "While",
    "When", "Where", "Why", "How", "What", "If", "So", "Yet", "Then", "There", "Here",
    "Agency", "News", "Times", "Post", "Journal", "Daily", "Herald", "Media", "Press", "Bank",
    "Motor", "University", "Institute", "Ministry", "Commission", "Council", "Committee",
    "Association", "Federation", "Union", "Court", "Exchange", "Street", "Road", "Avenue",
    "Museum", "Airport", "Plant", "Factory", "Office", "Administration", "Department",
    "Governor", "Minister", "Secretary", "Senator", "Mayor", "Chancellor", "Prime",
}

COMPANY_SUFFIXES = (
    "Group", "Motor", "Motors", "Automotive", "Automobile", "Holdings", "Holding", "Technologies",
    "Technology", "Corporation", "Corp.", "Inc.", "Co.", "Ltd", "Ltd.", "AG", "SE", "GmbH",
    "Industries", "Mobility", "Auto", "Steel", "Bank", "Capital", "Dynamics", "Robotics",
    "Electronics", "Energy", "Chemical", "Systems", "Solutions", "Partners", "Investments",
    "Semiconductor", "Batteries", "Battery", "Logistics", "Finance", "Financial",
)
MARQUE_SUFFIXES = {
    "Group", "AG", "SE", "Motor", "Motors", "Holding", "Holdings", "Company", "Corporation",
    "Cars", "Auto", "Automobile", "Inc.", "Co.", "Ltd",
}

ORG_NOUNS = {
    "brand": ("Brand",),
    "marque": ("Brand",),
    "label": ("Brand",),
    "carmaker": ("Company", "Brand"),
    "automaker": ("Company", "Brand"),
    "manufacturer": ("Company", "Brand"),
    "maker": ("Company", "Brand"),
    "company": ("Company",),
    "firm": ("Company",),
    "group": ("Company",),
    "giant": ("Company",),
    "venture": ("JointVenture",),
    "joint venture": ("JointVenture",),
    "jv": ("JointVenture",),
    "partnership": ("JointVenture",),
    "startup": ("Company",),
    "start-up": ("Company",),
    "supplier": ("Company",),
    "unit": ("Company", "Brand"),
    "subsidiary": ("Company", "Brand"),
    "outfit": ("Company", "Brand"),
    "ev maker": ("Company", "Brand"),
}
