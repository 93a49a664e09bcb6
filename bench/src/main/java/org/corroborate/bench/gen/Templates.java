package org.corroborate.bench.gen;

import java.util.List;

/**
 * The English the generator writes: event families, each with facts stated in several
 * paraphrases, plus the vocabulary (places, people, companies) they are filled with. Placeholders
 * are {@code {name}}; every fact's values are drawn once per event, so every article about the event
 * agrees unless it is written to contradict. Immutable.
 */
final class Templates {
  private Templates() {}

  /**
   * One fact of an event family.
   *
   * @param key stable name within its family
   * @param paraphrases ways to state it; all say the same thing
   * @param negation a statement that cannot hold together with the fact, or null
   * @param numeric the placeholder a numeric contradiction changes, or null
   */
  record Fact(String key, List<String> paraphrases, String negation, String numeric) {}

  /**
   * A headline and the fact it states (the report that carries it states that fact in its body too).
   *
   * @param template the headline's template
   * @param fact the key of the fact it states
   */
  record Headline(String template, String fact) {}

  /**
   * A kind of news event.
   *
   * @param name stable name
   * @param headlines headline templates
   * @param facts the facts every independent report draws from
   * @param details sentences only one article states (single-source claims)
   */
  record Family(String name, List<Headline> headlines, List<Fact> facts, List<String> details) {}

  /** The towns outlets are named after ("The Millbrook Courier"); event towns come from {@link Names}. */
  static final List<String> CITIES = List.of(
      "Millbrook", "Carver Falls", "Eastport", "Lindenwood", "Harlow", "Port Avery", "Greyson", "Ashford",
      "Brookhaven", "Westfield", "Norwood", "Fairmont", "Cedar Ridge", "Oakdale", "Riverton", "Kingsley",
      "Marlow", "Stanton", "Bellmont", "Hollis", "Dunmore", "Pinecrest", "Lakeview", "Sutton");
  static final List<String> PRODUCTS = List.of(
      "space heaters", "pressure cookers", "baby strollers", "electric scooters", "dehumidifiers",
      "toaster ovens", "bicycle helmets", "power banks");
  static final List<String> DEFECTS = List.of(
      "fire hazard", "faulty latch", "battery defect", "wiring fault", "risk of overheating");
  static final List<String> LAWS = List.of(
      "social media age-verification", "voter identification", "book removal", "drone privacy", "data broker");
  static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
  static final List<String> MONTHS = List.of(
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December");
  static final List<String> JOBS = List.of(
      "retired teacher", "shop owner", "nurse", "truck driver", "student", "pastor", "electrician",
      "restaurant manager", "software engineer", "mechanic", "librarian", "farmer");
  static final List<String> PAPER_WORDS = List.of(
      "Ledger", "Post", "Herald", "Gazette", "Tribune", "Courier", "Sentinel", "Chronicle", "Observer",
      "Record", "Dispatch", "Star", "Journal", "Examiner", "Beacon", "Times");

  static final List<Family> FAMILIES = List.of(
      new Family("factory-fire",
          List.of(
              new Headline("Fire shuts {company} plant in {city}", "outbreak"),
              new Headline("Blaze at {city} factory sends workers to hospital", "injured"),
              new Headline("{company} factory in {city} damaged by fire", "outbreak"),
              new Headline("Crews battle {n2}-hour blaze at {city} plant", "control")),
          List.of(
              new Fact("outbreak", List.of(
                  "A fire broke out at the {company} plant in {city} on {day}.",
                  "Fire tore through the {company} factory in {city} on {day}.",
                  "On {day}, a blaze erupted at the {company} plant in {city}."), null, null),
              new Fact("injured", List.of(
                  "{n1} workers were taken to the hospital with smoke inhalation.",
                  "Officials said {n1} employees were treated in the hospital for smoke inhalation.",
                  "Smoke inhalation sent {n1} workers to the hospital, officials said."), null, "n1"),
              new Fact("control", List.of(
                  "Firefighters needed {n2} hours to bring the blaze under control.",
                  "It took fire crews {n2} hours to get the fire under control.",
                  "Crews fought the fire for {n2} hours before it was contained."), null, "n2"),
              new Fact("cause", List.of(
                  "Investigators believe the fire started in a storage area near the loading dock.",
                  "The blaze is thought to have begun in a storage room by the loading dock, investigators said.",
                  "According to investigators, the fire most likely started in storage space next to the loading dock."),
                  "Investigators said the fire did not start in the storage area near the loading dock.", null),
              new Fact("resume", List.of(
                  "The company said production would resume within {n3} weeks.",
                  "{company} expects to restart production in {n3} weeks, the company said.",
                  "Production should be back within {n3} weeks, according to the company."), null, "n3")),
          List.of(
              "{person}, a {job} who lives two blocks from the plant, said the smoke was visible from {n} miles away.",
              "The plant opened in {year} and makes parts for kitchen appliances.",
              "{person}, who has worked at the plant for {n} years, said alarms sounded shortly after the morning shift began.",
              "A spokesperson for the fire department said {n} engines responded to the scene.")),
      new Family("budget-vote",
          List.of(
              new Headline("{city} council passes {m1} million budget", "approved"),
              new Headline("{city} approves spending plan after long debate", "approved"),
              new Headline("Property taxes to rise {p1} percent in {city}", "tax"),
              new Headline("Split {city} council adopts new budget", "vote")),
          List.of(
              new Fact("approved", List.of(
                  "The {city} city council approved a budget of {m1} million dollars on {day}.",
                  "On {day}, the {city} council passed a {m1} million dollar budget.",
                  "{city} council members voted on {day} to adopt a budget of {m1} million dollars."), null, "m1"),
              new Fact("vote", List.of(
                  "The measure passed by a vote of {v1} to {v2}.",
                  "Council members approved it {v1} to {v2}.",
                  "The final tally was {v1} votes in favor and {v2} against."), null, "v2"),
              new Fact("tax", List.of(
                  "The plan raises property taxes by {p1} percent.",
                  "Under the plan, property taxes will rise {p1} percent.",
                  "Property owners will pay {p1} percent more in taxes under the budget."), null, "p1"),
              new Fact("services", List.of(
                  "Mayor {mayor} said the budget protects police and fire services.",
                  "The budget keeps police and fire services intact, Mayor {mayor} said.",
                  "According to Mayor {mayor}, police and fire services are protected in the budget."),
                  "Mayor {mayor} said the budget does not protect police and fire services.", null),
              new Fact("effect", List.of(
                  "The budget takes effect on July 1.",
                  "The new spending plan goes into effect July 1.",
                  "It will take effect at the start of July."), null, null)),
          List.of(
              "{person}, a {job}, told the council that the library had cut its hours {n} times in five years.",
              "The council heard from {n} residents during the public comment period.",
              "Council member {person} said she had received {n} emails about the plan.",
              "{person}, a {job}, said the tax increase would cost her about {n} dollars a year.")),
      new Family("nurses-strike",
          List.of(
              new Headline("Nurses strike at {hospital}", "walkout"),
              new Headline("{hospital} nurses walk out over pay", "walkout"),
              new Headline("Nurses at {hospital} demand {p1} percent raise", "raise"),
              new Headline("Strike forces {hospital} to postpone surgeries", "surgeries")),
          List.of(
              new Fact("walkout", List.of(
                  "About {n1} nurses at {hospital} in {city} walked off the job on {day}.",
                  "Roughly {n1} nurses went on strike at {hospital} in {city} on {day}.",
                  "On {day}, some {n1} nurses at {city}'s {hospital} began a strike."), null, "n1"),
              new Fact("raise", List.of(
                  "The union is seeking a {p1} percent raise over three years.",
                  "The nurses' union wants pay to rise {p1} percent over three years.",
                  "Union leaders are asking for a {p1} percent wage increase spread over three years."), null, "p1"),
              new Fact("temps", List.of(
                  "The hospital said it had hired {n2} temporary nurses to keep wards open.",
                  "To keep wards open, the hospital brought in {n2} temporary nurses, it said.",
                  "Hospital officials said {n2} replacement nurses had been hired."), null, "n2"),
              new Fact("surgeries", List.of(
                  "Elective surgeries have been postponed during the strike.",
                  "The hospital has put off elective surgeries while the strike lasts.",
                  "Non-urgent operations were postponed because of the walkout."),
                  "Elective surgeries have not been postponed during the strike.", null),
              new Fact("talks", List.of(
                  "Talks are scheduled to resume on {day2}.",
                  "The two sides plan to return to the bargaining table on {day2}.",
                  "Negotiations will resume {day2}, both sides said."), null, null)),
          List.of(
              "{person}, a nurse for {n} years, said her unit was often short by two or three staff.",
              "{person}, whose mother is a patient at the hospital, said the ward seemed calm on {day}.",
              "The hospital has {n} beds and is the largest employer in the area.",
              "{person}, a {job}, brought coffee to the picket line on {day}.")),
      new Family("river-flood",
          List.of(
              new Headline("Flooding forces evacuations in {city}", "evacuated"),
              new Headline("{river} River floods {city} neighborhoods", "evacuated"),
              new Headline("Emergency declared as {river} River rises", "emergency"),
              new Headline("Thousands leave homes as {city} floods", "evacuated")),
          List.of(
              new Fact("evacuated", List.of(
                  "Flooding forced {n1} residents of {city} from their homes on {day}.",
                  "On {day}, {n1} people in {city} had to leave their homes because of flooding.",
                  "Floodwaters drove {n1} {city} residents from their homes on {day}."), null, "n1"),
              new Fact("crest", List.of(
                  "The {river} River crested {n2} feet above flood stage.",
                  "The {river} River peaked at {n2} feet over flood stage.",
                  "At its crest, the {river} River stood {n2} feet above flood stage."), null, "n2"),
              new Fact("emergency", List.of(
                  "Governor {gov} declared a state of emergency in {county} County.",
                  "A state of emergency was declared in {county} County by Governor {gov}.",
                  "{county} County is under a state of emergency, Governor {gov} announced."), null, null),
              new Fact("deaths", List.of(
                  "No deaths have been reported.",
                  "Officials said no one had died in the flooding.",
                  "There have been no reports of deaths, officials said."),
                  "Officials said two people had died in the flooding.", null),
              new Fact("shelters", List.of(
                  "The Red Cross opened {n3} shelters in the county.",
                  "{n3} shelters were opened across the county by the Red Cross.",
                  "Across the county, the Red Cross set up {n3} shelters."), null, "n3")),
          List.of(
              "{person}, a {job}, said the water reached the second step of her porch by midnight.",
              "{person} said he moved {n} bags of feed to the loft of his barn before the water arrived.",
              "The last major flood in {city} was in {year}.",
              "{person}, a {job}, said it was the worst flooding she had seen in {n} years.")),
      new Family("merger",
          List.of(
              new Headline("{buyer} to buy {target} in {b1} billion deal", "deal"),
              new Headline("{buyer} agrees to acquire {target}", "deal"),
              new Headline("{target} shareholders to get {s1} dollars a share", "per-share"),
              new Headline("{buyer} deal for {target} set to close in {quarter} quarter", "close")),
          List.of(
              new Fact("deal", List.of(
                  "{buyer} agreed to buy {target} for {b1} billion dollars on {day}.",
                  "On {day}, {buyer} struck a deal to acquire {target} for {b1} billion dollars.",
                  "{buyer} said on {day} that it would purchase {target} in a {b1} billion dollar deal."), null, "b1"),
              new Fact("per-share", List.of(
                  "{target} shareholders will receive {s1} dollars per share in cash.",
                  "Shareholders of {target} are to be paid {s1} dollars a share in cash.",
                  "The deal values {target} at {s1} dollars a share, paid in cash."), null, "s1"),
              new Fact("close", List.of(
                  "The deal is expected to close in the {quarter} quarter.",
                  "The companies expect the acquisition to close in the {quarter} quarter.",
                  "Closing is expected in the {quarter} quarter, the companies said."), null, null),
              new Fact("jobs", List.of(
                  "The companies said no jobs would be cut.",
                  "Both companies said there would be no layoffs.",
                  "No jobs will be eliminated, the companies said."),
                  "The companies said about 800 jobs would be cut.", null),
              new Fact("staff", List.of(
                  "The combined company will employ about {n1} people.",
                  "Together, the two firms will have roughly {n1} employees.",
                  "The merged company will have a workforce of about {n1}."), null, "n1")),
          List.of(
              "Shares of {target} rose {n} percent in early trading.",
              "{person}, an analyst at a regional bank, said the price looked fair.",
              "{target} was founded in {year} in a garage in {city2}.",
              "{person}, a {job} who owns {target} stock, said she planned to hold her shares.")),
      new Family("court-ruling",
          List.of(
              new Headline("Judge blocks state {law} law", "blocked"),
              new Headline("Federal court halts {law} law", "blocked"),
              new Headline("State to appeal ruling on {law} law", "appeal"),
              new Headline("Court puts {law} law on hold", "blocked")),
          List.of(
              new Fact("blocked", List.of(
                  "A federal judge in {city} blocked the state's {law} law on {day}.",
                  "On {day}, a federal judge in {city} halted the state's {law} law.",
                  "The state's {law} law was blocked on {day} by a federal judge in {city}."), null, null),
              new Fact("reason", List.of(
                  "Judge {judge} ruled that the law violated the First Amendment.",
                  "The law runs afoul of the First Amendment, Judge {judge} ruled.",
                  "In her ruling, Judge {judge} found that the law violates the First Amendment."),
                  "Judge {judge} ruled that the law did not violate the First Amendment.", null),
              new Fact("appeal", List.of(
                  "The state attorney general said she would appeal the ruling.",
                  "The attorney general said the state will appeal.",
                  "An appeal is planned, the state attorney general said."), null, null),
              new Fact("plaintiffs", List.of(
                  "The lawsuit was brought by {n1} residents and two civil liberties groups.",
                  "{n1} residents and two civil liberties groups filed the suit.",
                  "Two civil liberties groups and {n1} residents brought the case."), null, "n1"),
              new Fact("fines", List.of(
                  "The law would have allowed fines of up to {n2} dollars per violation.",
                  "Violations could have drawn fines of as much as {n2} dollars under the law.",
                  "Under the law, each violation could have cost up to {n2} dollars."), null, "n2")),
          List.of(
              "{person}, a law professor, said the ruling was likely to be appealed quickly.",
              "The law passed the legislature in {month} by a wide margin.",
              "{person}, a {job} who joined the lawsuit, said she was relieved.",
              "The hearing lasted {n} hours and drew a crowd of protesters outside the courthouse.")),
      new Family("bridge-closure",
          List.of(
              new Headline("{city} bridge to close for repairs", "closure"),
              new Headline("Repairs will shut {bridge} Bridge for months", "closure"),
              new Headline("{bridge} Bridge repairs to cost {m1} million dollars", "cost"),
              new Headline("Ferry service added during {bridge} Bridge closure", "ferry")),
          List.of(
              new Fact("closure", List.of(
                  "The {bridge} Bridge in {city} will close for {n1} months starting {day}.",
                  "Starting {day}, the {bridge} Bridge in {city} will be closed for {n1} months.",
                  "{city}'s {bridge} Bridge is set to close on {day} for {n1} months."), null, "n1"),
              new Fact("cost", List.of(
                  "Repairs are expected to cost {m1} million dollars.",
                  "The repair work carries an estimated cost of {m1} million dollars.",
                  "Officials put the cost of the repairs at {m1} million dollars."), null, "m1"),
              new Fact("traffic", List.of(
                  "About {n2} vehicles cross the bridge each day.",
                  "Roughly {n2} cars and trucks use the bridge daily.",
                  "The bridge carries some {n2} vehicles a day."), null, "n2"),
              new Fact("detour", List.of(
                  "Officials said detours would add up to {n3} minutes to commutes.",
                  "Detours could lengthen commutes by as much as {n3} minutes, officials said.",
                  "Commuters should expect up to {n3} extra minutes on detour routes, according to officials."), null, "n3"),
              new Fact("ferry", List.of(
                  "The city will run a free ferry during the closure.",
                  "A free ferry service will operate while the bridge is closed.",
                  "During the closure, the city plans to offer a free ferry."),
                  "The city will not run a ferry during the closure.", null)),
          List.of(
              "{person}, a {job}, said the detour would add a toll to her daily drive.",
              "The bridge was built in {year} and last renovated {n} years ago.",
              "{person}, who runs a bakery near the bridge, worried about losing customers.",
              "Inspectors found {n} cracked support beams during a routine check.")),
      new Family("product-recall",
          List.of(
              new Headline("{company} recalls {product}", "recall"),
              new Headline("{n1} {product} recalled over {defect}", "recall"),
              new Headline("{company} offers refunds on recalled {product}", "refund"),
              new Headline("{defect} prompts {product} recall", "recall")),
          List.of(
              new Fact("recall", List.of(
                  "{company} recalled {n1} {product} on {day} because of a {defect}.",
                  "On {day}, {company} pulled {n1} {product} from the market over a {defect}.",
                  "A {defect} led {company} to recall {n1} {product} on {day}."), null, "n1"),
              new Fact("injuries", List.of(
                  "The company said {n2} injuries had been reported.",
                  "{n2} injuries have been reported, according to the company.",
                  "The company has received reports of {n2} injuries."), null, "n2"),
              new Fact("refund", List.of(
                  "Customers can return the product for a full refund.",
                  "Buyers may bring the product back for a full refund.",
                  "A full refund is available to customers who return the product."),
                  "Customers cannot return the product for a refund.", null),
              new Fact("window", List.of(
                  "The recall covers units sold between {month1} and {month2}.",
                  "Units sold from {month1} through {month2} are included in the recall.",
                  "The recall applies to products sold between {month1} and {month2}."), null, null),
              new Fact("price", List.of(
                  "The {product} sold for about {n3} dollars each.",
                  "Each unit retailed for roughly {n3} dollars.",
                  "The recalled {product} cost about {n3} dollars apiece."), null, "n3")),
          List.of(
              "{person}, a {job}, said her unit had stopped working after {n} days.",
              "The product was sold at hardware stores in {n} states.",
              "{person}, a consumer advocate, urged owners to stop using the product at once.",
              "The company was founded in {year} and is based in {city2}.")));
}
