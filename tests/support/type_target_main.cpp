// A small window with one text field, standing in for the sign-in page a user types a code into: the
// quick picker's auto-type test types into it and reads back what arrived. Writes the field's text to
// the file given as its argument whenever it changes.
#include <QApplication>
#include <QFile>
#include <QLineEdit>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 2)
        return 2;
    const QString out = QString::fromLocal8Bit(argv[1]);
    QLineEdit field;
    field.setWindowTitle(QStringLiteral("Type target"));
    field.resize(320, 40);
    QObject::connect(&field, &QLineEdit::textChanged, [&out](const QString &text) {
        QFile file(out);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(text.toUtf8());
    });
    field.show();
    field.activateWindow();
    return QApplication::exec();
}
