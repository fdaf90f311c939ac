#pragma once
// CSV and TSV input with a header row (RFC 4180 quoting), one article per record.

#include <string>

#include "common/input/byte_source.h"
#include "common/model/input_issue.h"

namespace rostra {

/// Reads CSV records from `source`. The first record is the header; its column names are
/// mapped by classify_field (e.g. title,text,subject,date; url,title,date_extracted,content).
/// Quoted fields may hold commas, doubled quotes and newlines. A record whose field count
/// differs from the header's, or that has no title and no text, is rejected with the line
/// it starts on; a record repeating the header is skipped; a quoted field still open at the
/// end of the input is rejected. Invalid UTF-8 is repaired with a warning.
/// `delimiter` separates fields: ',' for CSV, '\t' for TSV (read the same way: a field
/// that starts with a quote is quoted as in CSV, which is how spreadsheets and pandas
/// write TSV with tabs or newlines in a field).
/// Throws StreamDamage from the source after delivering every record before the damage.
void read_csv(ByteSource& source, const std::string& file, const ReaderSink& sink,
              char delimiter = ',');

}  // namespace rostra
