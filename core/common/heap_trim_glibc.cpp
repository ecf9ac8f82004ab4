#include "common/heap_trim.h"

#include <malloc.h>

namespace tessera {

void returnFreeHeapToSystem()
{
    malloc_trim(0);
}

} // namespace tessera
