// Helper of tst_killsave: saves numbered versions of one file in a loop until it is killed.
// Usage: killsave_saver PATH BASE_FILE FIRST_VERSION atomic|naive (BASE_FILE holds version 0,
// written by the parent so that the helper starts saving at once)
// "atomic" saves through saveAtomically (the product's save path); "naive" truncates the file
// and writes it in chunks, as a careless editor would: the positive control that shows the
// harness can see a partial file.

#include "io/atomicsave.h"
#include "versions.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: killsave_saver PATH BASE_FILE FIRST_VERSION atomic|naive\n");
        return 2;
    }
    const QString path = args[1];
    QFile baseFile(args[2]);
    if (!baseFile.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray base = baseFile.readAll();
    const int first = args[3].toInt();
    const bool naive = args[4] == QStringLiteral("naive");
    for (int n = first;; ++n) {
        const QByteArray bytes = bp::killsave::versionBytes(base, n);
        if (naive) {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return 1;
            for (qsizetype at = 0; at < bytes.size(); at += 16384) {
                f.write(bytes.constData() + at, std::min<qsizetype>(16384, bytes.size() - at));
                f.flush();
            }
        } else if (!bp::saveAtomically(path, bytes).ok) {
            return 1;
        }
    }
}
