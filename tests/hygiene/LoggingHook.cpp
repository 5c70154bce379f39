// Linked into every Qt Test executable (jwkman_add_test). When JWKMAN_HYGIENE_LOGGING_RULES is set (by
// tests/hygiene/suite_hygiene.py), its rules (QT_LOGGING_RULES syntax) are applied to this process before main(), as
// QT_LOGGING_RULES would be, but they are not inherited by the jwkman-cli processes a suite starts: those would print
// Qt's log lines on the standard error the suite checks line by line. (secret_hygiene.py runs jwkman-cli itself with
// every category on.) Without the variable this does nothing.

#include <QLoggingCategory>
#include <QString>
#include <QtGlobal>

namespace {

Q_LOGGING_CATEGORY(lcHygiene, "jwkman.hygiene")

void applyHygieneLoggingRules()
{
    const QByteArray rules = qgetenv("JWKMAN_HYGIENE_LOGGING_RULES");
    if (rules.isEmpty()) {
        return;
    }
    QLoggingCategory::setFilterRules(QString::fromUtf8(rules).replace(u';', u'\n'));
    // The runner looks for this line: proof that the rules took effect, debug level included.
    qCDebug(lcHygiene, "logging rules applied: %s", rules.constData());
}

} // namespace

Q_CONSTRUCTOR_FUNCTION(applyHygieneLoggingRules)
