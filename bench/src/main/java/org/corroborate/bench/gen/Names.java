package org.corroborate.bench.gen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The proper names events are drawn from: towns, counties, rivers, companies, firms, hospitals and
 * people, composed from parts so that the number of distinct names grows with the number of events,
 * as it does in a real archive (a desk's 100,000 articles name thousands of towns and companies, not
 * two dozen).
 *
 * <p>Why it matters: two events of one kind that share their names ("Verdant Energy to buy Harbor
 * Logistics" twice, with different prices) read the same to any reader, so the ground truth could not
 * call them two facts, nor their different prices a false contradiction. With fixed lists of ten firms
 * and two dozen towns, that happened to most events past a few hundred. Each kind of name gets a pool
 * of {@link #NAMES_PER_EVENT} names per event (at least its hand-written list, at most what its parts
 * compose), drawn uniformly, so names still recur across events, as real ones do, but rarely all of
 * one event's names at once. Deterministic for a seed.
 */
final class Names {

  /** Distinct names of each kind per event. */
  static final int NAMES_PER_EVENT = 2;

  private static final List<String> TOWN_STEMS = List.of(
      "Mill", "Carver", "East", "Linden", "Har", "Avery", "Grey", "Ash", "Brook", "West", "Nor", "Fair", "Cedar",
      "Oak", "River", "Kings", "Mar", "Stan", "Bell", "Hol", "Dun", "Pine", "Lake", "Sut", "Ald", "Bram", "Cold",
      "Elm", "Glen", "Hart", "Iver", "Kel", "Lang", "Mor", "New", "Red", "Shel", "Thorn", "Wes", "Wil", "Amber",
      "Birch", "Clay", "Dover", "Ever", "Fox", "Gold", "Haw", "Ivy", "Juniper");
  private static final List<String> TOWN_ENDINGS = List.of(
      "brook", "ford", "field", "ton", "wood", "port", "dale", "ridge", "ville", "mont", "haven", "bury", "stead",
      "wick", "more", "crest", " Falls", " Springs", " Heights", " Crossing", " Hollow", " Junction");
  private static final List<String> COUNTY_NAMES = List.of(
      "Brandt", "Holloway", "Marion", "Pike", "Calder", "Essex", "Warren", "Lyle", "Tillman", "Grady", "Bexley",
      "Crane", "Dorsey", "Fulton", "Garrison", "Hale", "Jasper", "Kendall", "Lowry", "Mercer", "Nolan", "Orrin",
      "Preston", "Quincy", "Rusk", "Sayer", "Tate", "Upton", "Vance", "Wexler");
  private static final List<String> RIVER_STEMS = List.of(
      "Saline", "Black", "Kettle", "Ames", "Little Bear", "Oster", "Miller", "Stony", "Red Cedar", "Willow",
      "Crooked", "Sandy", "Otter", "Elk", "Pigeon", "Tamarack", "Clearwater", "Grand", "Maple", "Beaver");
  private static final List<String> RIVER_FORMS = List.of("%s", "%s Fork", "North %s", "South %s");
  private static final List<String> COMPANY_STEMS = List.of(
      "Halvorsen", "Tristar", "Bellweather", "Northgate", "Corbel", "Apex", "Granite Valley", "Meridian",
      "Larkspur", "Ironwood", "Ashgrove", "Baxter", "Cobalt", "Driftwood", "Eastlake", "Fenwick", "Greystone",
      "Hadley", "Juno", "Keystone", "Lodestar", "Marlowe", "Norcross", "Oakhurst", "Pemberton", "Quarry Hill",
      "Rockwell", "Stillwater", "Thornbury", "Union Mills", "Vantage", "Whitcombe", "Yardley", "Zenith");
  /** Family names that companies carry too ("Okafor Brothers Foods"). */
  private static final List<String> COMPANY_FORMS = List.of("%s", "%s Brothers", "%s & Sons", "%s Works");
  private static final List<String> COMPANY_TRADES = List.of(
      "Foods", "Components", "Steel", "Plastics", "Paper", "Circuitry", "Dairy", "Textiles", "Chemicals", "Tools",
      "Glass", "Packaging", "Castings", "Furniture");
  private static final List<String> FIRM_HEADS = List.of(
      "Blue", "North", "Iron", "Silver", "Red", "Bright", "Clear", "Deep", "Far", "High", "Quick", "True", "Wild",
      "Star", "Cedar", "Harbor", "Summit", "Orion", "Castle", "Verdant");
  private static final List<String> FIRM_TAILS = List.of(
      "peak", "gate", "stone", "field", "water", "line", "bridge", "crest", "point", "wave", "forge", "light",
      "path", "spring", "vale");
  private static final List<String> FIRM_TRADES = List.of(
      "Software", "Networks", "Logistics", "Energy", "Media", "Health Systems", "Payments", "Robotics", "Motors",
      "Insurance", "Analytics", "Biotech", "Capital", "Telecom");
  private static final List<String> HOSPITAL_FORMS = List.of(
      "St. %s Medical Center", "%s General Hospital", "%s Regional", "%s Memorial", "%s Community Hospital");
  private static final List<String> HOSPITAL_STEMS = List.of(
      "Agnes", "Mercy", "Riverside", "Lakeshore", "Good Samaritan", "Bethany", "Clement", "Hillcrest", "Valley",
      "Fairview", "Providence", "Grace", "Northside", "Parkland", "Summit", "Westview");
  private static final List<String> FIRST = List.of(
      "Maria", "James", "Aisha", "Daniel", "Priya", "Thomas", "Elena", "Marcus", "Grace", "Samuel", "Nadia",
      "Robert", "Keiko", "Luis", "Hannah", "Omar", "Claire", "Victor", "Ruth", "Andre", "Sofia", "Peter", "Ingrid",
      "Kwame", "Laura", "Mateo", "Naomi", "Oscar", "Rosa", "Tariq", "Vera", "Walter", "Yusuf", "Zoe", "Beatrice",
      "Colin", "Dmitri", "Farah", "Gideon", "Helen");
  private static final List<String> LAST = List.of(
      "Alvarez", "Whitfield", "Okafor", "Brennan", "Castillo", "Novak", "Harrington", "Mehta", "Lindqvist",
      "Delgado", "Foster", "Yamada", "Kowalski", "Reyes", "Abernathy", "Chen", "Mbeki", "Sorensen", "Duval",
      "Achterberg", "Bianchi", "Calloway", "Dubois", "Eriksen", "Fairbanks", "Gallagher", "Haddad", "Ibarra",
      "Jansen", "Kaminski", "Lorenzo", "Moreau", "Nakamura", "Oyelaran", "Petrov", "Quinlan", "Rasmussen",
      "Szabo", "Trujillo", "Underwood");

  private final List<String> towns;
  private final List<String> counties;
  private final List<String> rivers;
  private final List<String> companies;
  private final List<String> firms;
  private final List<String> hospitals;
  private final List<String> lastNames;
  private final Random random;

  Names(Random random, int events) {
    this.random = random;
    int wanted = Math.max(1, events) * NAMES_PER_EVENT;
    towns = pool(composed("%s%s", TOWN_STEMS, TOWN_ENDINGS), wanted);
    counties = pool(COUNTY_NAMES, wanted);
    rivers = pool(formed(RIVER_FORMS, RIVER_STEMS), wanted);
    companies = pool(composed("%s %s", formed(COMPANY_FORMS, COMPANY_STEMS), COMPANY_TRADES), wanted);
    firms = pool(composed("%s %s", composed("%s%s", FIRM_HEADS, FIRM_TAILS), FIRM_TRADES), wanted);
    hospitals = pool(formed(HOSPITAL_FORMS, HOSPITAL_STEMS), wanted);
    lastNames = pool(LAST, wanted);
  }

  String town() {
    return pick(towns);
  }

  String county() {
    return pick(counties);
  }

  String river() {
    return pick(rivers);
  }

  String company() {
    return pick(companies);
  }

  /** Two different firms (a buyer and its target). */
  List<String> twoFirms() {
    String a = pick(firms);
    String b = pick(firms);
    while (b.equals(a)) {
      b = pick(firms);
    }
    return List.of(a, b);
  }

  /** A town other than {@code town}. */
  String townOtherThan(String town) {
    String t = pick(towns);
    while (t.equals(town)) {
      t = pick(towns);
    }
    return t;
  }

  String hospital() {
    return pick(hospitals);
  }

  String lastName() {
    return pick(lastNames);
  }

  String person() {
    return FIRST.get(random.nextInt(FIRST.size())) + " " + pick(lastNames);
  }

  private String pick(List<String> pool) {
    return pool.get(random.nextInt(pool.size()));
  }

  /** {@code wanted} names of the candidates (all of them when fewer), in an order fixed by the seed. */
  private List<String> pool(List<String> candidates, int wanted) {
    List<String> shuffled = new ArrayList<>(candidates);
    Collections.shuffle(shuffled, random);
    return List.copyOf(shuffled.subList(0, Math.max(2, Math.min(wanted, shuffled.size()))));
  }

  private static List<String> composed(String format, List<String> firsts, List<String> seconds) {
    Set<String> out = new LinkedHashSet<>();
    for (String a : firsts) {
      for (String b : seconds) {
        out.add(String.format(java.util.Locale.ROOT, format, a, b));
      }
    }
    return List.copyOf(out);
  }

  private static List<String> formed(List<String> formats, List<String> stems) {
    Set<String> out = new LinkedHashSet<>();
    for (String f : formats) {
      for (String s : stems) {
        out.add(String.format(java.util.Locale.ROOT, f, s));
      }
    }
    return List.copyOf(out);
  }
}
