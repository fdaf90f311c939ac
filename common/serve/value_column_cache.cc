#include "common/serve/value_column_cache.h"

namespace rostra {

std::shared_ptr<const ValueColumns> ValueColumnCache::columns(const Xapian::Database& db) {
  if (db.size() != 1) return nullptr;
  std::lock_guard<std::mutex> lock(mutex_);
  if (!columns_ || columns_->revision() != db.get_revision() || columns_->uuid() != db.get_uuid()) {
    columns_ = std::make_shared<const ValueColumns>(db);
  }
  return columns_;
}

}  // namespace rostra
