#pragma once
// The QML singleton "AssistiveTechnology": whether a screen reader or another assistive tool is
// listening. Rows build their spoken sentence (with the seconds left, once a second) only then; with
// nobody listening that work would be every idle second's largest share.

#include <QAccessible>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tessera::bridge {

class AssistiveTechnology : public QObject, public QAccessible::ActivationObserver
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
public:
    explicit AssistiveTechnology(QObject *parent = nullptr);
    ~AssistiveTechnology() override;

    bool active() const { return m_active; }
    void accessibilityActiveChanged(bool active) override;

signals:
    void activeChanged();

private:
    bool m_active = false;
};

} // namespace tessera::bridge
