#include "ids.h"

#include "limits.h"

#include <QRandomGenerator>

namespace bp {

bool isValidId(QStringView id)
{
    if (id.isEmpty() || id.size() > limits::maxIdLength)
        return false;
    const auto isAsciiLetter = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    };
    const QChar first = id.front();
    if (!isAsciiLetter(first) && first != u'_')
        return false;
    for (QChar c : id) {
        const bool ok
            = isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u'_' || c == u'.' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

bool isValidId(std::string_view id)
{
    if (id.empty() || id.size() > size_t(limits::maxIdLength))
        return false;
    const auto letter = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    };
    if (!letter(id.front()) && id.front() != '_')
        return false;
    for (char c : id) {
        if (!letter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '.' && c != '-')
            return false;
    }
    return true;
}

ElementId randomId(IdPrefix prefix)
{
    static constexpr char16_t digits[] = u"0123456789abcdefghijklmnopqrstuvwxyz";
    QString id;
    id.reserve(12);
    switch (prefix) {
    case IdPrefix::Step:
        id += u's';
        break;
    case IdPrefix::Flow:
        id += u'f';
        break;
    case IdPrefix::Lane:
        id += u'l';
        break;
    case IdPrefix::Pool:
        id += u'p';
        break;
    }
    id += u'_';
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < 10; ++i)
        id += QChar(digits[rng->bounded(36)]);
    return id;
}

} // namespace bp
