// Renders one SVG to square PNGs: render-icon SVG OUTPUT-PATTERN SIZE...
// OUTPUT-PATTERN contains "%1", replaced by the size (e.g. "out/%1x%1/app.png").
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: render-icon SVG OUTPUT-PATTERN SIZE...\n");
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "render-icon: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0 || size > 4096) {
            std::fprintf(stderr, "render-icon: bad size %s\n", qPrintable(args.at(i)));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString output = args.at(2).arg(size);
        QDir().mkpath(QFileInfo(output).absolutePath());
        if (!image.convertToFormat(QImage::Format_ARGB32).save(output, "PNG", 0)) {
            std::fprintf(stderr, "render-icon: cannot write %s\n", qPrintable(output));
            return 1;
        }
        std::printf("%s\n", qPrintable(output));
    }
    return 0;
}
