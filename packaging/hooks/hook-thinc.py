"""thinc without its test suite (replaces pyinstaller-hooks-contrib's hook, which collects every
submodule and data file of thinc, tests included).

thinc's Cython modules import Python modules (thinc.backends.linalg, cblas, …) in C, where
import analysis cannot see them: hence all submodules but the tests. The CUDA kernel sources
are read at import time (thinc/backends/_custom_kernels.py opens them even without a GPU).
The optional backends thinc probes (torch, tensorflow, mxnet, cupy) are excluded in build.spec.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

hiddenimports = collect_submodules("thinc", filter=lambda name: ".tests" not in name)
datas = collect_data_files("thinc", includes=["backends/*.cu", "backends/*.cuh"])
