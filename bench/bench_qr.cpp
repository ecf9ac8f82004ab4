// QR decoding in process: a 4K dark-theme screenshot with a light-on-dark code, a plain 1000x700
// picture, and a 160x120 thumbnail with one pixel per module (the decoder's three paths).
#include "qr_pictures.h"

#include "picture.h"

#include <QGuiApplication>
#include <benchmark/benchmark.h>

namespace {

const QByteArray kLink = "otpauth://totp/Gcore:anna%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Gcore";

void decode(benchmark::State &state, const QImage &picture)
{
    for (auto _ : state) {
        auto texts = tessera::imaging::decodePicture(picture);
        if (texts.size() != 1)
            state.SkipWithError("not decoded");
        benchmark::DoNotOptimize(texts);
    }
}

void BM_Dark4kScreenshot(benchmark::State &state)
{
    decode(state, qrpics::darkScreenshot(qrpics::code(kLink, 5)));
}
void BM_PlainPicture(benchmark::State &state)
{
    decode(state, qrpics::onCanvas(qrpics::code(kLink, 5), {1000, 700}, Qt::white, {300, 150}));
}
void BM_TinyThumbnail(benchmark::State &state)
{
    decode(state, qrpics::onCanvas(qrpics::code(kLink, 1), {160, 120}, Qt::white, {30, 20}));
}
BENCHMARK(BM_Dark4kScreenshot)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PlainPicture)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TinyThumbnail)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // QPainter for the generated pictures
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
