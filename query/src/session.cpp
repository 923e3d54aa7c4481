#include "annals/query.h"
