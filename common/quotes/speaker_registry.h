#pragma once
// The people and organisations one article mentions, for resolving surnames, roles and
// pronouns to canonical speaker names. Pure.

#include <string>
#include <vector>

#include "common/quotes/attribution_lexicon.h"
#include "common/quotes/speaker_aliases.h"

namespace rostra {

/// A person or organisation of one article.
struct SpeakerEntity {
  std::string name;                ///< Canonical display name (after the alias table).
  std::string written;             ///< Fullest form the article writes (nominative).
  std::string key;                 ///< inflection_key of the name as written.
  std::string surname_key;         ///< inflection_key of its last word (persons).
  std::vector<std::string> roles;  ///< Lower-case titles and demonyms it was introduced with.
  bool organisation = false;
  /// An unnamed source kept as its description ("spokesman", "senior official"): a role,
  /// not a name (stored with organisations so pronouns do not take it for a person).
  bool description = false;
  Gender gender = Gender::kUnknown;
  long salient = -1;  ///< Word index of its latest appearance as a subject or speaker.
};

/// Entities of one article, in order of first mention. Not thread-safe.
class SpeakerRegistry {
 public:
  explicit SpeakerRegistry(const SpeakerAliases& aliases) : aliases_(aliases) {}

  /// The entity for a person's name tokens (titles already stripped), merging "Putin" and
  /// "Vladimir Putin" and inflected Cyrillic forms; created when new.
  int person(const std::vector<std::string>& tokens);

  /// The one person whose full name starts with forename key `key` ("Андрей" for "Андрей
  /// Варичев"), or -1 when none or several: a later mention by forename joins the full name.
  int forename(const std::string& key) const;

  /// Among two or more people with full names and surname key `surname_key`, the one most
  /// recently salient; -1 when fewer than two share it.
  int latest_with_surname(const std::string& surname_key) const;

  /// The entity for an organisation named as written ("Varnian Foreign Ministry").
  int organisation(const std::string& written);

  /// The alias table (and its office table) names are resolved through.
  const SpeakerAliases& aliases() const { return aliases_; }

  /// True when the alias table lists `name`.
  bool listed(const std::string& name) const { return aliases_.canonical(name).has_value(); }

  /// The known person whose surname (or full name) is `word`, or -1.
  int known(const std::string& word) const;

  /// The entity before `position` a pronoun refers to, within kPronounWindow words: the
  /// nearest person of compatible gender (the same or unknown; gender comes from forenames,
  /// honorifics and verb endings only), or organisation for "it"/"they". -1 when none.
  int pronoun(Gender gender, bool organisation, long position) const;

  /// The most salient person before `position`: whom a definite role description ("the
  /// foreign secretary", "The Spectator editor") refers to when no one was introduced with
  /// that role. (Roles a person was introduced with do not exclude others: an MP may be an
  /// editor.) -1 when none.
  int latest_person(long position) const;

  /// The most salient entity introduced with every one of `roles` ("prime", "minister"),
  /// or, for organisations, whose name holds each role word ("ministry"), else the most
  /// salient organisation. A person introduced with a modifier of another office
  /// (holds_other_office: the deputy, the former holder) is skipped, so -1 does not mean no
  /// one in the article carries the title: a caller falling back to the person in view asks
  /// latest_holder, which skips them too. -1 when none.
  int role(const std::vector<std::string>& roles, bool organisation) const;

  /// latest_person(position), unless that person was introduced with a modifier of another
  /// office than `roles` (holds_other_office): "the minister" is not the deputy minister in
  /// view. -1 then, and when no one is in view.
  int latest_holder(long position, const std::vector<std::string>& roles) const;

  /// Was `entity` introduced with a modifier of another office ("shadow", "deputy",
  /// "former") that `roles` do not hold? Then it is not the holder of those roles. False
  /// for -1.
  bool holds_other_office(int entity, const std::vector<std::string>& roles) const;

  /// Records that entity `e` appeared as a subject or speaker at word `position`.
  void mark_salient(int e, long position);

  SpeakerEntity& operator[](int i) { return entities_[static_cast<std::size_t>(i)]; }
  const SpeakerEntity& operator[](int i) const { return entities_[static_cast<std::size_t>(i)]; }

  /// How far back (in words) a pronoun looks for its antecedent.
  static constexpr long kPronounWindow = 200;

 private:
  const SpeakerAliases& aliases_;
  std::vector<SpeakerEntity> entities_;
};

}  // namespace rostra
