#include "common/quotes/speaker_registry.h"

#include <algorithm>

#include "common/base/case_fold.h"

namespace rostra {
namespace {

std::string join(const std::vector<std::string>& tokens) {
  std::string out;
  for (const std::string& t : tokens) out += (out.empty() ? "" : " ") + t;
  return out;
}

// What a name itself says about gender: only its forename, from the forename lists. Surname
// endings are not read: an oblique case makes a man's surname look like a woman's
// ("Жарова", "of Mr Zharov"), and a Latin ending says nothing.
Gender gender_from_name(const std::vector<std::string>& tokens) {
  if (tokens.size() < 2) return Gender::kUnknown;
  return forename_gender(fold_case(tokens.front()));
}

bool cyrillic_word(std::string_view w) {
  const auto lead = static_cast<unsigned char>(w.empty() ? 0 : w[0]);
  return lead >= 0xD0 && lead <= 0xD3;
}

// `name` with each Russian word replaced by a form of it among `tokens` (the same word by
// inflection key) nearer the nominative: shorter, or without an oblique ending ("Путин" for
// "Путину", "Зимина" for "Зимину"); a forename the lists know is put in the nominative. So a
// person first met in an oblique case is named in the nominative once the text gives it.
std::string nominative_tokens(const std::string& name, const std::vector<std::string>& tokens) {
  std::vector<std::string> words;
  for (std::size_t from = 0; from <= name.size();) {
    std::size_t space = name.find(' ', from);
    if (space == std::string::npos) space = name.size();
    words.push_back(name.substr(from, space - from));
    from = space + 1;
  }
  for (std::string& w : words) {
    w = nominative_forename(w);
    for (const std::string& t : tokens) {
      bool nearer_nominative =
          t.size() < w.size() || (oblique_case(fold_case(w)) && !oblique_case(fold_case(t)));
      if (cyrillic_word(w) && nearer_nominative && inflection_key(t) == inflection_key(w)) w = t;
    }
  }
  return join(words);
}

}  // namespace

int SpeakerRegistry::person(const std::vector<std::string>& tokens) {
  std::string full = join(tokens);
  std::string key = inflection_key(full);
  std::string surname_key = inflection_key(tokens.back());
  std::optional<std::string> alias = aliases_.canonical(full);
  if (tokens.size() == 1) {
    // "Челах" after "Владислав Челах" and "Владимир Челах": the one named last as a subject.
    if (int latest = latest_with_surname(surname_key); latest >= 0) return latest;
  }
  for (std::size_t i = 0; i < entities_.size(); ++i) {
    SpeakerEntity& e = entities_[i];
    if (e.organisation) continue;
    bool single_known = e.key == e.surname_key;  // known only by one word so far
    bool same = e.key == key || (alias && e.name == *alias) ||
                (tokens.size() == 1 && e.surname_key == surname_key) ||
                (tokens.size() > 1 && single_known && e.key == surname_key);
    if (!same) continue;
    if (tokens.size() > 1 && single_known) {  // "Putin" first, "Vladimir Putin" later
      e.key = key;
      e.name = alias.value_or(full);
      e.written = full;
      if (e.gender == Gender::kUnknown) e.gender = gender_from_name(tokens);
    } else {
      if (!alias && !aliases_.canonical(e.name)) e.name = nominative_tokens(e.name, tokens);
      e.written = nominative_tokens(e.written, tokens);
    }
    return static_cast<int>(i);
  }
  if (tokens.size() == 1) {
    if (int by_forename = forename(surname_key); by_forename >= 0) return by_forename;
  }
  SpeakerEntity e;
  e.name = alias.value_or(full);
  e.written = full;
  e.key = key;
  e.surname_key = surname_key;
  e.gender = gender_from_name(tokens);
  entities_.push_back(std::move(e));
  return static_cast<int>(entities_.size() - 1);
}

int SpeakerRegistry::latest_with_surname(const std::string& surname_key) const {
  auto ends_with = [](const std::string& longer, const std::string& shorter) {
    return longer.size() > shorter.size() &&
           longer.compare(longer.size() - shorter.size(), shorter.size(), shorter) == 0 &&
           longer[longer.size() - shorter.size() - 1] == ' ';
  };
  std::vector<std::size_t> named;
  for (std::size_t i = 0; i < entities_.size(); ++i) {
    const SpeakerEntity& e = entities_[i];
    if (!e.organisation && e.key != e.surname_key && e.surname_key == surname_key) {
      named.push_back(i);
    }
  }
  // "дед владимир ренов" is "владимир ренов" with a word more: one person, the shorter name,
  // salient when either is.
  int found = -1;
  long found_salient = -1;
  int people = 0;
  for (std::size_t i : named) {
    bool longer_form = false;
    long salient = entities_[i].salient;
    for (std::size_t j : named) {
      longer_form = longer_form || ends_with(entities_[i].key, entities_[j].key);
      if (ends_with(entities_[j].key, entities_[i].key)) {
        salient = std::max(salient, entities_[j].salient);
      }
    }
    if (longer_form) continue;
    ++people;
    if (found < 0 || salient > found_salient) {
      found = static_cast<int>(i);
      found_salient = salient;
    }
  }
  return people > 1 ? found : -1;
}

int SpeakerRegistry::forename(const std::string& key) const {
  int found = -1;
  for (std::size_t i = 0; i < entities_.size(); ++i) {
    const SpeakerEntity& e = entities_[i];
    if (e.organisation || e.key.size() <= key.size() || e.key.compare(0, key.size(), key) != 0 ||
        e.key[key.size()] != ' ') {
      continue;
    }
    if (found >= 0) return -1;  // two people share the forename: it says nobody
    found = static_cast<int>(i);
  }
  return found;
}

int SpeakerRegistry::organisation(const std::string& written) {
  std::string name = aliases_.canonical(written).value_or(written);
  std::string key = inflection_key(written);
  for (std::size_t i = 0; i < entities_.size(); ++i) {
    if (entities_[i].organisation && (entities_[i].key == key || entities_[i].name == name)) {
      return static_cast<int>(i);
    }
  }
  SpeakerEntity e;
  e.name = name;
  e.written = written;
  e.key = key;
  e.organisation = true;
  entities_.push_back(std::move(e));
  return static_cast<int>(entities_.size() - 1);
}

int SpeakerRegistry::known(const std::string& word) const {
  std::string key = inflection_key(word);
  for (std::size_t i = 0; i < entities_.size(); ++i) {
    const SpeakerEntity& e = entities_[i];
    if (!e.organisation && (e.surname_key == key || e.key == key)) return static_cast<int>(i);
  }
  return -1;
}

int SpeakerRegistry::pronoun(Gender gender, bool organisation, long position) const {
  // The nearest compatible entity within the window (a pronoun does not reach further back):
  // one of the pronoun's gender or of unknown gender.
  int nearest = -1;
  for (std::size_t i = 0; i < entities_.size(); ++i) {
    const SpeakerEntity& e = entities_[i];
    // "a spokeswoman said … she added": a description of the pronoun's gender is a person.
    bool gendered_description =
        !organisation && e.description && gender != Gender::kUnknown && e.gender == gender;
    if (e.salient < 0 || e.salient >= position || position - e.salient > kPronounWindow ||
        (e.organisation != organisation && !gendered_description)) {
      continue;
    }
    if (gender != Gender::kUnknown && e.gender != Gender::kUnknown && e.gender != gender) continue;
    if (nearest < 0 || e.salient > entities_[static_cast<std::size_t>(nearest)].salient) {
      nearest = static_cast<int>(i);
    }
  }
  return nearest;
}

int SpeakerRegistry::latest_person(long position) const {
  int best = -1;
  for (std::size_t i = 0; i < entities_.size(); ++i) {
    const SpeakerEntity& e = entities_[i];
    if (e.organisation || e.salient < 0 || e.salient >= position) continue;
    if (best < 0 || e.salient > entities_[static_cast<std::size_t>(best)].salient) {
      best = static_cast<int>(i);
    }
  }
  return best;
}

bool SpeakerRegistry::holds_other_office(int entity, const std::vector<std::string>& roles) const {
  if (entity < 0) return false;
  const std::vector<std::string>& own = entities_[static_cast<std::size_t>(entity)].roles;
  // "the foreign secretary" is not the shadow foreign secretary, nor "the minister" the
  // deputy or former one: a modifier of another office the roles asked for do not hold.
  return std::any_of(own.begin(), own.end(), [&](const std::string& r) {
    return is_office_modifier(r) && std::find(roles.begin(), roles.end(), r) == roles.end();
  });
}

int SpeakerRegistry::latest_holder(long position, const std::vector<std::string>& roles) const {
  const int e = latest_person(position);
  return holds_other_office(e, roles) ? -1 : e;
}

int SpeakerRegistry::role(const std::vector<std::string>& roles, bool organisation) const {
  if (roles.empty()) return -1;
  int best = -1;
  int most_salient_body = -1;
  for (std::size_t i = 0; i < entities_.size(); ++i) {
    const SpeakerEntity& e = entities_[i];
    if (e.organisation != organisation) continue;
    if (organisation && e.salient >= 0 &&
        (most_salient_body < 0 ||
         e.salient > entities_[static_cast<std::size_t>(most_salient_body)].salient)) {
      most_salient_body = static_cast<int>(i);
    }
    if (!organisation && holds_other_office(static_cast<int>(i), roles)) continue;
    bool all = true;
    for (const std::string& r : roles) {
      bool has = organisation
                     ? e.key.find(inflection_key(r)) != std::string::npos
                     : std::find(e.roles.begin(), e.roles.end(), r) != e.roles.end() ||
                           std::any_of(e.roles.begin(), e.roles.end(), [&](const std::string& own) {
                             return inflection_key(own) == inflection_key(r);
                           });
      all = all && has;
    }
    if (!all) continue;
    if (best < 0 || e.salient > entities_[static_cast<std::size_t>(best)].salient) {
      best = static_cast<int>(i);
    }
  }
  // "the ministry said", "отметили в ведомстве": a generic word for a body refers back to
  // the body last in view when no body's name holds the word.
  return best >= 0 ? best : most_salient_body;
}

void SpeakerRegistry::mark_salient(int e, long position) {
  if (e < 0) return;
  SpeakerEntity& entity = entities_[static_cast<std::size_t>(e)];
  entity.salient = std::max(entity.salient, position);
}

}  // namespace rostra
