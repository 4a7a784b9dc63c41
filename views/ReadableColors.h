#pragma once

#include <QColor>
#include <QStyledItemDelegate>

class QPalette;
class QWidget;

namespace dbss::views {

// Colours that stay readable on light and dark palettes (issue "dark mode and contrast"). The
// models name a colour for a meaning (red: error, green: on, ...); the views keep its hue but move
// its lightness until the text contrast against the background it is drawn on is at least 4.5:1
// (WCAG 2 AA). No widget hard-codes a colour that ignores the palette.

// WCAG 2 contrast ratio of two opaque colours, 1 ... 21.
double contrastRatio(const QColor& a, const QColor& b);
// `colour` with the same hue, lighter or darker as needed for `minimum` contrast on `background`.
QColor readableOn(const QColor& colour, const QColor& background, double minimum = 4.5);

// Error text (a form's field errors, the status bar's failed request): a red readable on the
// widget's window colour, re-applied when the application palette changes. `on` false restores
// the palette's normal text colour.
void setErrorText(QWidget* widget, bool on = true);
// An inline error banner: a red-tinted window colour with a red border, text in the palette's
// window text colour (readable on the tint), following palette changes.
void setErrorBanner(QWidget* banner);
QColor errorBannerBackground(const QPalette& palette);

// The item delegate of every table: foreground colours from the model (status, risk level, ...)
// made readable on the row's background.
class ReadableColorDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    // The text colour painted for `index` (selected rows use the palette's highlighted text).
    QColor textColor(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    // The colour of the swatch painted for `index` (invalid when it has none).
    QColor swatchColor(const QStyleOptionViewItem& option, const QModelIndex& index) const;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace dbss::views
