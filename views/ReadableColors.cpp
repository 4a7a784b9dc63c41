#include "views/ReadableColors.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QPalette>
#include <QPixmap>
#include <QPointer>
#include <QWidget>

#include <cmath>

namespace dbss::views {

namespace {

double channel(double c) {
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c) {
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// The meaning "error": the models' and the light theme's red.
const QColor kErrorRed(0xc6, 0x28, 0x28);

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// Re-applies a palette-derived style when the application palette (light/dark) changes.
class PaletteFollower : public QObject {
public:
    PaletteFollower(QWidget* widget, void (*apply)(QWidget*))
        : QObject(widget)
        , m_apply(apply) {
        widget->installEventFilter(this);
    }
    void (*m_apply)(QWidget*);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::ApplicationPaletteChange && !m_busy) {
            m_busy = true; // applying sets a palette, which must not recurse
            m_apply(static_cast<QWidget*>(watched));
            m_busy = false;
        }
        return false;
    }

private:
    bool m_busy = false;
};

void follow(QWidget* widget, void (*apply)(QWidget*)) {
    for (QObject* child : widget->children()) {
        if (auto* f = dynamic_cast<PaletteFollower*>(child)) {
            f->m_apply = apply;
            return;
        }
    }
    new PaletteFollower(widget, apply);
}

void applyErrorText(QWidget* widget) {
    // The application's palette, not the widget's: that one may not be re-resolved yet.
    const QPalette app = QApplication::palette(widget);
    QPalette p = widget->palette();
    const QColor normal = app.color(QPalette::WindowText);
    const QColor red = readableOn(kErrorRed, app.color(QPalette::Window));
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, app.color(group, QPalette::Window));
        p.setColor(group, QPalette::WindowText, red);
        p.setColor(group, QPalette::Text, readableOn(kErrorRed, app.color(group, QPalette::Base)));
    }
    p.setColor(QPalette::Disabled, QPalette::WindowText, mix(normal, red, 0.5));
    widget->setPalette(p);
}

void applyNormalText(QWidget* widget) {
    widget->setPalette(QPalette()); // inherit the parent's (and so the application's) again
}

void applyBanner(QWidget* banner) {
    const QPalette p = QApplication::palette(banner);
    banner->setStyleSheet(QStringLiteral("#%1 { background: %2; border: 1px solid %3; }")
                              .arg(banner->objectName(), errorBannerBackground(p).name(),
                                   mix(p.color(QPalette::Window), kErrorRed, 0.6).name()));
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor& colour, const QColor& background, double minimum) {
    if (contrastRatio(colour, background) >= minimum)
        return colour;
    // Darken on a light background, lighten on a dark one, keeping hue and saturation.
    const bool darkBackground = luminance(background) < 0.18;
    float h = 0, s = 0, l = 0, a = 0;
    colour.getHslF(&h, &s, &l, &a);
    QColor best = colour;
    for (int step = 1; step <= 20; ++step) {
        const float t = float(step) / 20.0f;
        const float lightness = darkBackground ? l + (1.0f - l) * t : l * (1.0f - t);
        best = QColor::fromHslF(h, s, lightness, a);
        if (contrastRatio(best, background) >= minimum)
            return best;
    }
    return darkBackground ? QColor(Qt::white) : QColor(Qt::black);
}

QColor errorBannerBackground(const QPalette& palette) {
    const QColor window = palette.color(QPalette::Window);
    const QColor tinted = mix(window, kErrorRed, 0.18);
    // The banner's text is the palette's window text: keep the tint light (or dark) enough for it.
    return contrastRatio(tinted, palette.color(QPalette::WindowText)) >= 4.5 ? tinted
                                                                             : mix(window, kErrorRed, 0.08);
}

void setErrorText(QWidget* widget, bool on) {
    widget->setStyleSheet(QString()); // older code styled errors with a fixed colour
    if (on)
        applyErrorText(widget);
    else
        applyNormalText(widget);
    follow(widget, on ? applyErrorText : applyNormalText);
}

void setErrorBanner(QWidget* banner) {
    applyBanner(banner);
    follow(banner, applyBanner);
}

QColor ReadableColorDelegate::textColor(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    return opt.palette.color(group,
                             opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
}

QColor ReadableColorDelegate::swatchColor(const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!(opt.features & QStyleOptionViewItem::HasDecoration) || opt.icon.isNull())
        return {};
    const QImage swatch = opt.icon.pixmap(opt.decorationSize).toImage();
    return swatch.pixelColor(swatch.width() / 2, swatch.height() / 2);
}

void ReadableColorDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    // A colour swatch (status, risk level) is a graphical object: 3:1 against the row (WCAG 1.4.11).
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.userType() == QMetaType::QColor) {
        QColor swatch = qvariant_cast<QColor>(decoration);
        swatch = readableOn(swatch, option->palette.color(QPalette::Base), 3.0);
        swatch = readableOn(swatch, option->palette.color(QPalette::AlternateBase), 3.0);
        QPixmap pixmap(option->decorationSize);
        pixmap.fill(swatch);
        option->icon = QIcon(pixmap);
    }
    const QVariant foreground = index.data(Qt::ForegroundRole);
    if (!foreground.isValid())
        return;
    // Rows alternate between Base and AlternateBase; the text must read on both.
    for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        QColor text = option->palette.color(group, QPalette::Text);
        text = readableOn(text, option->palette.color(group, QPalette::Base));
        text = readableOn(text, option->palette.color(group, QPalette::AlternateBase));
        option->palette.setColor(group, QPalette::Text, text);
    }
}

} // namespace dbss::views
