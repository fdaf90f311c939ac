#include "common/search/count_weight.h"

namespace rostra {

CountWeight::CountWeight() {
  need_stat(WDF);
}

CountWeight* CountWeight::clone() const {
  return new CountWeight();
}

std::string CountWeight::name() const {
  return "rostra::CountWeight";
}

double CountWeight::get_sumpart(Xapian::termcount, Xapian::termcount, Xapian::termcount) const {
  return 0;
}

double CountWeight::get_maxpart() const {
  return 0;
}

double CountWeight::get_sumextra(Xapian::termcount, Xapian::termcount) const {
  return 0;
}

double CountWeight::get_maxextra() const {
  return 0;
}

void CountWeight::init(double) {}

}  // namespace rostra
