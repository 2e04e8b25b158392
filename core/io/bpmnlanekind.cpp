// BPMN import: the blueprint lane kind a lane or pool name suggests (English and Chinese).

#include "bpmnreader.h"

#include <QRegularExpression>

namespace bp {

namespace {

struct KindWords
{
    LaneKind kind;
    // Lower-case English words or phrases, matched as whole words; Chinese as substrings.
    std::initializer_list<const char16_t *> english;
    std::initializer_list<const char16_t *> chinese;
};

// Checked in this order, so that "Customer support" is support and "Front office IT" is
// support, while "Customer" alone is the customer.
const KindWords &table(size_t i);
constexpr size_t tableSize = 5;

const KindWords &table(size_t i)
{
    static const KindWords kinds[tableSize] = {
        { LaneKind::PhysicalEvidence,
          { u"evidence", u"physical evidence", u"props" },
          { u"有形展示", u"实体证据", u"實體證據", u"有形证据", u"有形證據", u"证据", u"證據" } },
        { LaneKind::Support,
          { u"support", u"system", u"systems", u"software", u"database", u"erp", u"crm",
            u"infrastructure" },
          { u"支持", u"支援", u"系统", u"系統", u"信息技术", u"資訊" } },
        { LaneKind::Backstage,
          { u"backstage", u"back stage", u"back office", u"back-office", u"backoffice", u"back end",
            u"back-end", u"kitchen", u"warehouse" },
          { u"后台", u"後台", u"後臺", u"后勤", u"後勤", u"后端", u"後端" } },
        { LaneKind::Frontstage,
          { u"frontstage", u"front stage", u"onstage", u"on stage", u"front office",
            u"front-office", u"frontoffice", u"front desk", u"front-desk", u"reception", u"counter",
            u"staff", u"employee", u"agent", u"clerk", u"teller", u"waiter", u"nurse", u"doctor" },
          { u"前台", u"前臺", u"前端", u"柜台", u"櫃檯", u"员工", u"員工", u"服务人员",
            u"服務人員" } },
        { LaneKind::Customer,
          { u"customer", u"customers", u"client", u"clients", u"guest", u"guests", u"patient",
            u"patients", u"passenger", u"passengers", u"user", u"users", u"visitor", u"buyer",
            u"shopper", u"consumer", u"citizen", u"student", u"applicant" },
          { u"顾客", u"顧客", u"客户", u"客戶", u"用户", u"用戶", u"患者", u"病人", u"旅客",
            u"乘客", u"客人", u"消费者", u"消費者", u"访客", u"訪客", u"申请人", u"申請人" } },
    };
    return kinds[i];
}

std::optional<LaneKind> kindOfPart(const QString &part)
{
    const QString lower = part.toLower();
    // Words: letters and digits; "front-office" and "front office" are the same phrase.
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QString words = u' ' + lower.split(nonWord, Qt::SkipEmptyParts).join(u' ') + u' ';
    // "IT" only in capitals: "it" is also a common word.
    static const QRegularExpression it(QStringLiteral("(^|[^\\p{L}])IT([^\\p{L}]|$)"));
    for (size_t i = 0; i < tableSize; ++i) {
        const KindWords &k = table(i);
        if (k.kind == LaneKind::Support && it.match(part).hasMatch())
            return k.kind;
        for (const char16_t *w : k.english) {
            QString phrase = QString::fromUtf16(w);
            phrase.replace(u'-', u' ');
            if (words.contains(u' ' + phrase + u' '))
                return k.kind;
        }
        for (const char16_t *w : k.chinese)
            if (part.contains(QString::fromUtf16(w)))
                return k.kind;
    }
    return std::nullopt;
}

} // namespace

LaneKind guessLaneKind(QStringView name)
{
    // The innermost part of a path decides; its parents only when it says nothing.
    const QStringList parts = name.toString().split(QStringLiteral(" / "));
    for (auto it = parts.crbegin(); it != parts.crend(); ++it)
        if (const std::optional<LaneKind> k = kindOfPart(*it))
            return *k;
    return LaneKind::Other;
}

} // namespace bp
