#pragma once

#include <QFrame>
#include <QString>

class QLabel;
class QPushButton;
class QToolButton;

namespace coachdeck {

/// A strip at the top of the dock that the coach cannot miss: a save that failed (with its
/// retry), a recovered session, a refused command. Hidden when there is nothing to say.
class StatusBanner : public QFrame {
    Q_OBJECT

public:
    enum class Kind { Info = 1, Warning, Error };

    explicit StatusBanner(QWidget *parent = nullptr);

    /// Shows `text`; an `action` label adds a button that emits actionClicked().
    void showMessage(const QString &text, Kind kind, const QString &action = {});
    void clear();
    QString text() const;
    Kind kind() const { return kind_; }
    QPushButton *actionButton() const { return action_; }

signals:
    void actionClicked();

private:
    QLabel *label_;
    QPushButton *action_;
    QToolButton *close_;
    Kind kind_ = Kind::Info;
};

} // namespace coachdeck
