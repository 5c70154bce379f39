#pragma once
// Moved to core/usecases/HydraDefaults.h (issue 12: the use cases of both front ends in one layer). This forward
// keeps ui/ building until its includes name the new place; then it goes.
#include "usecases/HydraDefaults.h"
