// Windows and macOS: QScreen is the way to the screen; when it gives nothing, say so.
#include "add/screen_grabber.h"

namespace tessera::bridge {

void ScreenGrabber::grabThroughPortal(Callback done)
{
    done(fail(ErrorCode::ScreenGrabFailed, tr("the system refused it; allow screen recording for Tessera in the privacy settings")));
}

} // namespace tessera::bridge
