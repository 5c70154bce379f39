#include "Icons.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace jwk {
namespace {

// Renders the SVG at the size asked and fills its shape with the colour of the current palette: a palette change
// (light to dark) repaints icons right without reloading them.
class TintedSvgEngine : public QIconEngine
{
public:
    explicit TintedSvgEngine(QString path)
        : m_path(std::move(path))
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = pixmap(rect.size() * dpr, mode, state);
        pm.setDevicePixelRatio(dpr);
        painter->drawPixmap(rect, pm);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        QColor colour = palette.color(QPalette::Active, QPalette::WindowText);
        if (mode == QIcon::Disabled) {
            colour = palette.color(QPalette::Disabled, QPalette::WindowText);
        } else if (mode == QIcon::Selected) {
            colour = palette.color(QPalette::Active, QPalette::HighlightedText);
        }
        const QString key = QStringLiteral("jwkicon:%1:%2x%3:%4")
                                .arg(m_path)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(colour.rgba(), 0, 16);
        QPixmap pm;
        if (QPixmapCache::find(key, &pm)) {
            return pm;
        }
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QSvgRenderer renderer(m_path);
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            // Keep the aspect ratio of the drawing, centred.
            QSizeF drawn = renderer.defaultSize();
            drawn.scale(size, Qt::KeepAspectRatio);
            const QRectF target((size.width() - drawn.width()) / 2.0, (size.height() - drawn.height()) / 2.0,
                                drawn.width(), drawn.height());
            renderer.render(&p, target);
            p.setCompositionMode(QPainter::CompositionMode_SourceIn);
            p.fillRect(image.rect(), colour);
        }
        pm = QPixmap::fromImage(image);
        QPixmapCache::insert(key, pm);
        return pm;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine* clone() const override { return new TintedSvgEngine(m_path); }
    QString key() const override { return QStringLiteral("jwkman-tinted-svg"); }

private:
    QString m_path;
};

} // namespace

QIcon Icons::icon(const QString& name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        it = cache.insert(name, QIcon(new TintedSvgEngine(QStringLiteral(":/icons/actions/%1.svg").arg(name))));
    }
    return *it;
}

QIcon Icons::appIcon()
{
    QIcon icon(QStringLiteral(":/icons/jwkman.svg"));
    icon.addFile(QStringLiteral(":/icons/jwkman-256.png"));
    icon.addFile(QStringLiteral(":/icons/jwkman-64.png"));
    return icon;
}

} // namespace jwk
