#pragma once

// For the form tests: the fields a validation or rejection flagged, in order, to compare as a list.
#include "models/api/FieldRules.h"

#include <QStringList>

namespace dbss::test {

inline QStringList fieldsOf(const api::FieldErrors& errors) {
    QStringList out;
    for (const api::FieldError& e : errors)
        out << e.field;
    return out;
}

} // namespace dbss::test
