package org.corroborate.sources;

import java.util.List;

/**
 * A news agency whose copy other outlets run under their own names.
 *
 * @param name the agency's name as shown ("Associated Press")
 * @param code its short credit ("AP"), shown in reasons: "same wire story (AP)"
 * @param aliases the spellings that name it in credits and bylines, the name and code included
 */
record WireAgency(String name, String code, List<String> aliases) {
  WireAgency {
    aliases = List.copyOf(aliases);
  }

  /**
   * The major international and national wire agencies. This is a list of agencies (whose copy is
   * syndicated by design), not of outlets: any other outlet is recognised from the corpus itself.
   */
  static final List<WireAgency> MAJOR =
      List.of(
          new WireAgency("Associated Press", "AP", List.of("Associated Press", "AP")),
          new WireAgency("Reuters", "Reuters", List.of("Reuters", "Thomson Reuters")),
          new WireAgency("Agence France-Presse", "AFP", List.of("Agence France-Presse", "Agence France Presse", "AFP")),
          new WireAgency("United Press International", "UPI", List.of("United Press International", "UPI")),
          new WireAgency("Deutsche Presse-Agentur", "dpa", List.of("Deutsche Presse-Agentur", "dpa")),
          new WireAgency("Bloomberg News", "Bloomberg", List.of("Bloomberg News", "Bloomberg")),
          new WireAgency("PA Media", "PA", List.of("PA Media", "Press Association")),
          new WireAgency("Australian Associated Press", "AAP", List.of("Australian Associated Press", "AAP")),
          new WireAgency("The Canadian Press", "CP", List.of("The Canadian Press", "Canadian Press", "CP")),
          new WireAgency("ANSA", "ANSA", List.of("ANSA")),
          new WireAgency("EFE", "EFE", List.of("EFE", "Agencia EFE")),
          new WireAgency("Kyodo News", "Kyodo", List.of("Kyodo News", "Kyodo")),
          new WireAgency("Xinhua", "Xinhua", List.of("Xinhua", "Xinhua News Agency")),
          new WireAgency("Press Trust of India", "PTI", List.of("Press Trust of India", "PTI")),
          new WireAgency("Yonhap", "Yonhap", List.of("Yonhap", "Yonhap News Agency")),
          new WireAgency("TASS", "TASS", List.of("TASS")),
          new WireAgency("Anadolu Agency", "Anadolu", List.of("Anadolu Agency", "Anadolu")));
}
