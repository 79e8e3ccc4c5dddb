#!/usr/bin/env python3
# Copyright 2026 the torch-parity authors. MIT license.
"""Generate sleef_log_torch_2.14.json: torch 2.14's vectorised log, for src/random/_sleef_log.ts.

How to run (from the repository root; needs the sid root of golden/torch2_root.sh, whose
python3-torch 2.14.1 links Debian's libsleef3 3.9.0, and an x86-64 CPU with AVX2 and AVX-512):

    golden/torch2_root.sh sid --run src/random/testdata/generate_sleef_log.py \\
        src/random/testdata/sleef_log_torch_2.14.json

The script runs itself once per capability (ATEN_CPU_CAPABILITY=avx2 and avx512, checked with
torch.backends.cpu.get_cpu_capability()), computes Tensor.log_() on every input in float32 and
float64 (torch calls Sleef_logf8_u10/Sleef_logd4_u10 on avx2, Sleef_logf16_u10/Sleef_logd8_u10 on
avx512), and refuses to write anything unless both capabilities give the same bits, other than
NaN payloads (the avx512 build propagates an input NaN; the avx2 build returns the default NaN).
It also checks that a tensor's tail is computed like its body: every input is
evaluated once in one long contiguous tensor and again in tensors of numel 1..40 and a strided
view, all of which must agree. torch, Python and numpy versions and the SLEEF library that
torch loaded are recorded; the output is deterministic (no timestamps, seeded inputs).

Each vector is [input bits, output bits] in lowercase hex (8 digits for float32, 16 for
float64); the outputs are avx2's. Inputs per dtype:
- edge cases: zeros, subnormals, the binade edges 2^k and 0.75 2^k (where SLEEF's exponent
  split switches) plus and minus one ulp, near 1, the largest values, infinities, NaN,
  negatives;
- HARD inputs (embedded below), found with the TypeScript port (itself checked against torch on
  every float32 and on 10^8+ float64 inputs, see _sleef_log.ts):
  * "unfused_<site>": inputs where computing one of SLEEF's fused multiply-adds unfused (and
    all others fused) changes the result. Over all 2^31 - 2^23 - 1 positive finite float32:
    sy (ln2_lo e + ...) 1 input, sy_inner (ln2_hi e - sx) 487671049, u (t n - fl(t n))
    8408404, r (1 - q t) 7414849, p1 (c2 x^2 + c1) 30, p0 (p x^2 + c0) 1199; the fmas
    -q_lo t + r and x_hi w + u never matter. Among 10^7 seeded random float64 (torch.rand's
    k 2^-53, bit patterns in (0, 1), all positive numbers): u 386178, r 368024, sy_inner
    1829368, c1 (x^2 c1 + c0) 43, poly4 (x^4 (...) + (...)) 1, the 7 others never;
  * "glibc": inputs where SLEEF differs from glibc 2.36's logf/log (float32: 1031583 of the
    positive finite inputs, 251011 of torch.rand's 2^24 - 1 values k 2^-24 in (0, 1); float64:
    200085 of 2e7 such random ones);
  * "misrounded" (float32): inputs where SLEEF's result is not the correctly rounded logarithm
    (the double logarithm rounded to float32): 821506 positive finite ones, 176690 of the
    k 2^-24.
  Each list holds up to 100 evenly spaced inputs per site, and 200 evenly spaced inputs of each
  float32 set (400 of the float64 one) for "glibc" and "misrounded";
- seeded pseudo-random inputs: torch.rand's values k 2^-24 (float32) and k 2^-53 (float64),
  random bit patterns in (0, 1) and over all positive finite numbers.
"""

import json
import os
import platform
import random
import struct
import subprocess
import sys

# --- hard inputs (hex bits), see the docstring -------------------------------------------------
HARD = {
    "logf": {
        "glibc": """
        000002e1 0555da31 0ab8adc1 102c4b62 135a3ffc 161c1ceb 18b7eb05 1b5a23dc 1e14c0b7 20b71ff7
        233c4c8d 25d9b496 288ffe81 29cdd1de 2b37f9e9 2c9b1264 2dd505e2 2f38d344 30a3eebe 31f308f6
        333f03b0 3440bd8d 34f91837 35b3d193 363fc7d4 36f3030f 37b17f61 37d48000 383f9824 38f9e629
        39afea36 39f11734 3a3e47a3 3aaf9719 3aed564f 3b3dc045 3bb041bd 3bfaddf6 3c3cf8b7 3ca0b658
        3cb9d00d 3cdf8c26 3d230bd1 3d3a78de 3d3eb770 3d61e619 3da885a1 3db804d0 3dbb2a7c 3de454b4
        3e0c62a0 3e1787d0 3e22079c 3e309c46 3e34946c 3e37a041 3e3a3f88 3e3ee382 3e4a4078 3e57cb8c
        3e5f70e4 3e7a4c88 3e86741a 3e93d400 3e997129 3e9cb17e 3ead3bb6 3eb1e75d 3eb3b95a 3eb67e4c
        3eb831d9 3eb90f40 3ebc0d3c 3ebe0538 3ebf6780 3ec4e4a8 3eca8173 3ecee170 3ed364d2 3ed716af
        3ed8b7d4 3edd3462 3ee0de7b 3ee24cf0 3eea74ae 3ef98560 3efbe7f0 3f04a39a 3f0acaf7 3f0cb201
        3f0dc175 3f0ff7d6 3f136e6b 3f14df8e 3f16f40b 3f1823f0 3f1a486f 3f1baf8d 3f1c6f65 3f1d70b8
        3f1e5302 3f1f0c56 3f22032f 3f23d7d6 3f25adb6 3f27a229 3f2844ea 3f2a5ad0 3f2baaf7 3f2cb377
        3f2db430 3f2de1a6 3f2efffd 3f2fe9fc 3f30b600 3f317b6f 3f318491 3f3250d9 3f32f5f2 3f3357c3
        3f33b026 3f33b61b 3f34095d 3f346154 3f34bc45 3f351760 3f3526fc 3f357289 3f35cb8b 3f3625d6
        3f367c75 3f36962b 3f36d308 3f372cb8 3f378059 3f37d384 3f37f52c 3f3827c1 3f387cca 3f38d245
        3f392cc8 3f395a5c 3f39886d 3f39ee0f 3f3a5bf9 3f3acc6f 3f3b0cf5 3f3b2a2e 3f3b7acc 3f3bd2e1
        3f3c3688 3f3c8a7d 3f3ca691 3f3d3f99 3f3e1f55 3f3efc27 3f3f780e 3f3f8a8e 3f3fec93 3f41970c
        3f430af3 3f44d436 3f44f21c 3f479afb 3f491625 3f49e062 3f4a7c6a 3f4a8466 3f4b226e 3f4d206a
        3f4e3862 3f4f1dfe 3f4f41aa 3f4fea44 3f509cbc 3f512dc9 3f51b111 3f51d090 3f522396 3f5286df
        3f52e862 3f5429da 3f548468 3f54fae3 3f55a787 3f56407d 3f56da96 3f5722fa 3f576dd7 3f580634
        3f588e7c 3f590dd1 3f59574a 3f5982eb 3f59e90b 3f5a49e0 3f5aa679 3f5ae6ef 3f5b0173 3f5c3cdb
        3f5d0546 3f5db8b9 3f5e4345 3f5e5f9b 3f5f086c 3f5fb2e8 3f60590e 3f60e8c7 3f60f2e3 3f618400
        3f61f8f5 3f62346d 3f626ded 3f627078 3f62a545 3f62db57 3f638f23 3f647bae 3f6495ed 3f651abb
        3f65a00f 3f6624de 3f66aa39 3f66cdea 3f67367a 3f67d002 3f6860b7 3f68e97f 3f691758 3f695fe1
        3f69c857 3f6a27dd 3f6a798b 3f6aa003 3f6ac745 3f6b486c 3f6d99cc 3f6ee6d8 3f6fcb54 3f706497
        3f710536 3f7172d9 3f71ca7a 3f71ffbe 3f72156e 3f72562a 3f728fe7 3f72c6aa 3f72f0c2 3f72fa0e
        3f734b71 3f73b11a 3f7455cc 3f779618 3f77e3d7 3f78d7d4 3f7943f2 3f7992c4 3f79d022 3f79d1f9
        3f7a02cf 3f7a2e45 3f7a579a 3f7a7cdd 3f7a821f 3f7a9fef 3f7ac08b 3f7addc0 3f7afc0a 3f7b031c
        3f7b158a 3f7b2eac 3f7b4828 3f7b6241 3f7b6c00 3f7b7d26 3f7b991a 3f7bb580 3f7bd392 3f7be290
        3f7bf372 3f7c1230 3f7c239d 3f7c3621 3f7c4143 3f7c4972 3f7c5ddb 3f7c731f 3f7c89cb 3f7c9a49
        3f7ca1d3 3f7cbbdf 3f7cd851 3f7cf70f 3f7d12a5 3f7d1a22 3f7d422f 3f7d7532 3f7db475 3f7e0356
        3f7e06dd 3f7e53f4 3f7ffff4 3f80f72a 3f81910d 3f81e24a 3f823f24 3f82b65c 3f837466 3f83f7a8
        3f84b2cf 3f887d17 3f8a9f4f 3f8af6b1 3f8c4e27 3f8da20b 3f8fa641 3f92e500 3f946802 3f965777
        3f98f507 3f9bc052 3f9d9fc1 3fa2b7d3 3fa8cee5 3fae4c84 3fb1e455 3fb3da7e 3fb5419b 3fb6acc9
        3fb80706 3fb96e21 3fbb20dd 3fbcb01e 3fbf992c 3fc62480 3fcf8dfe 3fd5bd3a 3fdf4b05 3ff1873a
        400c17e3 4016801c 4022f7d2 4030ae58 4037a3dd 403ef487 40575be9 4079ffe5 4098e1da 40b127cc
        40b7b109 40bf07cf 40d8b2f9 410a964b 41336a74 4143be5e 418acf37 41b3fb38 41c6a391 420aebd2
        4233dc9d 424635a6 42a69cf3 42e1204d 433acbff 43a8321d 43e0a126 443b01b4 44a76f57 44e27843
        453b52ea 45e58cb2 46a96c0b 473bbac0 47e86635 48abb01d 493bc7b9 49e995d9 4ab04e36 4bac510d
        4ce0333b 4e3c04fd 4fb3f75f 510c4ed1 5250c358 53b4ffc0 5515b8d8 5655fdb9 58e13423 5bad1e89
        5e3e3f63 61179beb 63bab39f 665c4b12 6928fd02 6bcaad6b 6f84712b 74bb89ed 7a269826 7f6e6019
""",
        "misrounded": """
        000002e1 04e1b774 09cc2e01 0eb6a516 12678ae9 14dc2080 173ebe4b 19baaac4 1c37a687 1e9e20de
        210f4384 234de699 25b8825c 28340605 2994999b 2ab8b309 2be56e12 2d34c131 2e53f046 2fb1accb
        30cbb97f 322cb7ab 333c9854 3439f2d4 34cdf102 3572f01b 362835f6 36b5cdb4 373bcae2 37d48000
        37d73eb3 389430e3 392f9bb2 39b4bfa9 39e96510 3a3b01a2 3aa0e735 3ad0469a 3b351cc1 3b8a67dd
        3bbb9904 3c29164f 3c54ae7e 3caf0f2e 3cba1b16 3cdb190f 3d1ee415 3d34bb00 3d37e8e9 3d52a40e
        3d974cf2 3dae10a0 3db5f288 3dc59ff1 3dd0f470 3e0cbfa6 3e14d834 3e1f3932 3e2a7c84 3e32fbdb
        3e342a70 3e37de71 3e382098 3e3c25a0 3e3cadf9 3e4f28b4 3e5226ae 3e5d40ac 3e626f54 3e8a3b02
        3e94bdb4 3e95f764 3e9b9be2 3eaa8f20 3eae298b 3eb1a32a 3eb45f24 3eb5b67d 3eb67b00 3eb84372
        3eba0e0d 3eba11e8 3ebc2370 3ebec6b6 3ebf070e 3ec12c7e 3eca60ca 3eccb05e 3ed04a92 3ed402bc
        3ed639cc 3ed75dd8 3edaa794 3eddf880 3ede1830 3ee240a8 3ee7968c 3ee9ad42 3f04959e 3f0ce20f
        3f0fb3f6 3f11ff6c 3f125dd0 3f13cf7a 3f158c5c 3f172e17 3f18c59e 3f19fa53 3f1a43f6 3f1bb04f
        3f1ca8ed 3f1db27a 3f1ef535 3f1fa4ea 3f207c05 3f2256f9 3f24b859 3f26a2e9 3f287b43 3f28beba
        3f2a38d1 3f2b9682 3f2cbcac 3f2db67e 3f2e602f 3f2e8d87 3f2f41ea 3f2fe3d1 3f306e64 3f30e9d9
        3f311da0 3f315fc2 3f31cb11 3f322ea8 3f328c45 3f32e3c7 3f32eb71 3f333c41 3f338e4d 3f33dde2
        3f34290a 3f345e16 3f34715c 3f34ba7e 3f350142 3f354526 3f35883d 3f35a174 3f35c664 3f3605a7
        3f364563 3f36832a 3f36bf92 3f36c111 3f36ffe2 3f373c6f 3f3776c4 3f37b07f 3f37d814 3f37ebbc
        3f38259a 3f386020 3f3899c2 3f38d2d9 3f38e503 3f390b9b 3f394610 3f398085 3f39bd15 3f39f802
        3f39f952 3f3a3a16 3f3a79b7 3f3ab952 3f3afc34 3f3b26f9 3f3b4054 3f3b88a8 3f3bd666 3f3c2a8c
        3f3c8878 3f3ca14e 3f3ce94a 3f3d6bf8 3f3e11ee 3f3eb72b 3f3f2f6e 3f3f3724 3f3f9144 3f3fd852
        3f40a316 3f424744 3f435133 3f443a11 3f4626d9 3f47de7b 3f4914b5 3f4a2082 3f4a5d0e 3f4b2286
        3f4c0930 3f4cd6d1 3f4d92fc 3f4e2dcb 3f4e4120 3f4ee4a4 3f4f7eeb 3f500f07 3f509797 3f50d8be
        3f511a5d 3f519c70 3f521947 3f528db8 3f5305af 3f531926 3f537575 3f53e267 3f5451fb 3f54bdd2
        3f551930 3f552d6b 3f559cbd 3f560826 3f567211 3f56dc6c 3f570cc2 3f5743fc 3f57b306 3f581ba1
        3f5881b9 3f58e83a 3f58f4a9 3f5953e7 3f59bc7c 3f5a216c 3f5a8d44 3f5ae00a 3f5af890 3f5b634c
        3f5bd0bd 3f5c3a2e 3f5ca2cc 3f5cd039 3f5d1307 3f5d8ab0 3f5dfe97 3f5e7115 3f5ee8c2 3f5ef052
        3f5f60be 3f5fd8c7 3f60545d 3f60cdbb 3f612674 3f614e0d 3f61d3e9 3f622419 3f626a1d 3f62b0af
        3f62cbd2 3f62fa5e 3f634458 3f638cdd 3f63bdf5 3f640c88 3f640dba 3f645c92 3f64ae3d 3f650291
        3f655887 3f65905f 3f65b000 3f6607ff 3f6666b6 3f66c44d 3f6727fd 3f674a16 3f67959b 3f67fc5c
        3f687469 3f68e99c 3f695c2f 3f696188 3f69debd 3f6a69ee 3f6afd93 3f6baa1b 3f6c15b0 3f6c5bd5
        3f6d1527 3f6de3b9 3f6ec8d7 3f6fdf95 3f702f6b 3f70da0c 3f719d01 3f728477 3f7397a6 3f74e1c6
        3f750e18 3f77b0d7 3f7ffffe 3f8781aa 3f8b6666 3f8db1ba 3f8f5ebd 3f90c70c 3f92de66 3f94e1e0
        3f96ccdc 3f98b08b 3f9aa422 3f9cda9a 3f9fa390 3fa46651 3fac1a6c 3fafeaae 3fb215ae 3fb3a430
        3fb4ee22 3fb61ca1 3fb736ad 3fb84560 3fb9509e 3fba6f46 3fbbaf41 3fbd8c46 3fbfca14 3fc722a9
        3fcf8926 3fd4f4a4 3fdc9f51 3fe6740f 40100c18 40183cb9 402336d6 4030a319 40369072 403aed40
        404af1ab 405cc137 40910f1b 40a5198a 40b3dd34 40b86848 40bdf0d0 40d4e0a2 40e609a3 412c6bbc
        4139ac97 41586dcb 419ccd98 41b76584 41cf5b6f 4212a701 42342f95 423edb33 4294c26b 42bfa93b
        4330c501 435d9d24 43b86303 44160aa7 4443de64 44b2574c 44e0ce54 45391338 45c0dd96 465f3616
        471a8490 47b309a6 483933e9 48cec6a0 49672a4f 4a228d71 4ab63eac 4bb045c1 4cbf049a 4e1e5d79
        4f3fc883 5097991f 51bb4f42 53132a7d 54383ed3 55609359 56c98942 593ab911 5bb71b48 5e3236ee
        60ac5251 632265f5 658fd3b8 67dcf49b 6a5a605b 6cd7d8a9 710fa347 75be34f7 7aaa423d 7f7137e9
""",
        "unfused_p0": """
        0297af82 0aafd354 12396c06 17c4c992 1c3e2b68 22b9a338 2623e847 2994ca78 2b37de29 2cb1f6e6
        2fb4a5c6 322ee32f 33d42fee 34ba9c1f 35b806b7 373d98b6 383f4321 39bd7936 3a41fb14 3b21f857
        3b41700a 3bcf9265 3c3cd01c 3cb3473a 3cc852dd 3d3f5610 3db5c60b 3e22e6cd 3e3370bb 3e3cc1bd
        3e40ddb0 3eb08d1c 3eb86746 3ebd958e 3ebf4e92 3eca882e 3f27e9bc 3f2c4fb3 3f2f48e7 3f32dbce
        3f34ba78 3f369bd9 3f3806d4 3f3927fa 3f3a6d8d 3f3c6037 3f3db594 3f3e6200 3f3f379d 3f410188
        3f4c39cf 3f5828d8 3f9f3443 3fa442a2 3fadadfa 3fb1a2bf 3fb4691a 3fb6a67b 3fb8eff6 3fbac214
        3fbbb051 3fbdfe0c 3fbe8668 3fbf40ec 3fc134e8 3fc75e74 401dda47 402a89d2 4030a35e 403f2312
        40a2f608 40b38798 40bdb773 41363da7 413ed374 41b16cf9 42205779 42388c48 424c07ca 42c52af3
        433a6d8d 43b57c02 44335d7c 44bbf758 45aa1537 4726a11c 48b3e432 493e8f8c 4a9cd617 4c2c36a9
        4e2eb011 522ffcef 543d7203 59336798 5c9ec9a0 613c4667 64aabc9d 67bbccae 72c0169c 7eb7e185
""",
        "unfused_p1": """
        213f2196 23ab894a 2bb5ac0c 35bdf9ce 37374f90 37a58ec4 38bb48b1 3a3bcb14 3a3dc68c 3bb611f1
        3c34b5a5 3ebd2504 3ebe1bf4 3f2d17ce 3f330612 3f342594 3f344fb1 3f37d1e1 3f3a0244 3f3a8573
        3f3b8f4c 3f3c25e2 3f3cb821 3fb87eb3 3fbcdb1d 4034fd9e 43b1dc76 52bd5708 5eb81b1a 63b7a196
""",
        "unfused_r": """
        000002e1 014f45a0 02bcb71c 042c70eb 057b4086 06d43974 083f1342 09b01831 0b1db115 0c64c6e8
        0dcccf2a 0f3d8d1c 10ad450b 11b5762f 125184e6 131f1af8 13be4370 1463942f 152f1b93 15cc4e6b
        16985116 173cc146 17e0d9f8 18af056a 194c3f22 1a1ac907 1abbf6a3 1b5b4467 1c29e645 1cc58d71
        1d8becaf 1e377fb7 1ed62623 1fa8c643 2043767f 20f47ed1 21b275db 224d083a 231a84f4 23bac9ad
        245b634d 252a4627 25c6acfd 26939696 273a712d 27dcccb0 28980b34 28d0ac3a 293a095f 29a0ccce
        29d9ddb0 2a3fdf08 2aaad72a 2aebe716 2b480119 2bb3ad9c 2c136ce7 2c4fb7eb 2cb917b3 2d1f24f5
        2d5859fc 2dbf4f21 2e291617 2e66bc70 2ec5516f 2f310391 2f8c3d5d 2fcda140 30377c17 309c02eb
        30d49215 313c85ea 31a5c49e 31df74c9 32426363 32adc95b 32f248d6 3348a82c 33b3b555 340c24a7
        3433e8c8 344c5c7e 3494d4fd 34b6aeb4 34cf9061 351a34b4 3539072a 3553dd36 359fc488 35bbff6e
        35d89f7d 36240b21 363ecf9a 365de536 36a78286 36c0cb2d 36e2531a 372b58c8 3743ca58 376b813c
""",
        "unfused_sy": """
        7e509384
""",
        "unfused_sy_inner": """
        00000007 000098e7 0001daa6 00027ac0 00030db0 0003681d 0003c263 00041db9 00047801 0004d247
        00052c20 000585d3 0005dfff 0006430e 0006ac4e 00071578 00077ec8 0007e81a 0008511f 0008ba44
        000922f4 00098be7 0009f528 000a5eff 000ac861 000b31d5 000b9a9f 000c08ef 000cdbb2 000dae33
        000e7fc1 000f51eb 001023e4 0010f6a1 0011c8a2 00129a92 00136c8c 00143ffb 001512e3 0015e563
        0016b854 00178a49 00305d66 00313004 0032039a 0032d610 0033a8c1 00347b28 00354d99 00361fec
        0036f215 0037c45f 00389708 00396939 003a3b41 003b0dac 003be038 003cb31c 003d8569 003e58dd
        003f2ad4 003ffd2e 0040cf9c 0041a1eb 0042748d 004346f0 00441a14 0044ec6b 0045bede 004691c0
        00476433 004837af 00490a52 0049dceb 004aaf45 004b8209 004c53fb 004d2645 004df8d5 004eca1e
        004f9cc7 00506f4f 005141cc 00521459 0052e6c6 0053b8d2 00548aad 00555d36 00562fa6 005701da
        0057d460 0058a729 00597976 005a4b99 005b1de8 005bf079 005cc23d 005d943c 005e663f 005f389b
""",
        "unfused_u": """
        00000d91 01340760 0257dbe1 03a7d857 04c46458 0616bd89 0738b686 085f3ea8 09acfe3e 0acb4e9d
        0c23e81d 0d4083e9 0e8c7e0f 0fb454a5 10d8f162 11b9ec49 124906ff 12eb7f8f 13a26685 143172f0
        14be90d7 154f2ca3 15f111e2 16a351dd 173187de 17be77dd 18537462 190e0dae 19a936bb 1a37992b
        1ac4dd21 1b604e21 1c1b43bb 1cadbf4c 1d3bf446 1dcc957f 1e6ad419 1f20b328 1fb08875 203eea82
        20d03ef5 2171c380 222239af 22b00e02 233d50e6 23cb1a2e 246b1400 2521c235 25b1e67a 263eed96
        26d24653 27894484 282647ae 28a35b7a 28d01e47 2932024e 297b3162 29bf9ca1 2a25c534 2a5509f7
        2ab44b24 2b0fb931 2b4229c2 2ba80d1e 2bd83b62 2c35b25e 2c937ea2 2cc3e580 2d2a122e 2d5afe45
        2db78af1 2e160766 2e44a040 2eaa123e 2edbc1f2 2f37eccc 2f970f20 2fc53e9a 302b6909 305eaa72
        30b8f449 3118d9b6 314632d5 31abf1a7 31df2b2f 323902b7 329983a1 32c6e722 332d2e9d 3362feec
        33bb16ac 34138481 34301a17 3443ff0c 346f53a0 34aa1457 34be0f25 34dca83c 3523aa29 35386ed1
""",
    },
    "log": {
        "glibc": """
        00250d8accc2d50a 3d773c562b0c570d 3f8d85169c887d00 3fa2a2adbcf20fa0 3fa7e3fcb8586cf0
        3fb3c842c2615a08 3fb6fe1056cf29e0 3fb8d013aabaac30 3fc07f18bf26e7e0 3fc35c75d4347034
        3fc40dabf4456f0c 3fc5904974f47834 3fc648fe23563c88 3fc6ee7ab67b8828 3fc7259591515640
        3fc75e22ca302c94 3fc7c6ba95a09c44 3fc8270b6adadc98 3fc97f71cdcfd3fc 3fca14cf827598d4
        3fcc93d636fa7b48 3fce1d11c581131c 3fd1400f7d6c3a84 3fd1f325db195680 3fd3807340f48cf6
        3fd3d958a7056578 3fd430d4a2e26348 3fd4fd542a364402 3fd5d04ae9ebbeb0 3fd61d4455416bd0
        3fd65ee3e6536340 3fd6d29545c81132 3fd6f94d7b59071a 3fd7159c31b6d3ac 3fd72cf1254b9444
        3fd745b99ba3d7de 3fd764c8e70fdc54 3fd7a50b163dbbbe 3fd7b8c061448950 3fd7c6628f0f0c92
        3fd7d23c8f9f13e8 3fd7df56b88d43de 3fd7ef28fb613dee 3fd8362dbc201724 3fd88c1844c61364
        3fd9231a0588803c 3fd95a290202cdc8 3fd983023ff353e2 3fd9ab37d0e58aa6 3fd9d302137caaf2
        3fd9fb724c4cbb0c 3fda289c9cebb63e 3fda64b955d8e5d0 3fdacb4031177b14 3fdc6cbabb8e7be4
        3fdcdc3da0995a8e 3fdd2f78c1d6ca9c 3fdd7fb779c45698 3fddd79cfd7fdd7e 3fde5ca671479e32
        3fe0a6bf6e9219a0 3fe0fb59ae20e6f0 3fe131e015077c0a 3fe15f14fdcce7c3 3fe1884d4e3de062
        3fe1b3297d854aeb 3fe1e42c8e7b3eb1 3fe22d16c276eb88 3fe322df774b849f 3fe355595eac32b9
        3fe36e60962275c7 3fe37d2837692c58 3fe389e40a30ef86 3fe3965fcb037b8c 3fe3a204a366eca9
        3fe3ad6262782eb5 3fe3b91ce38547f5 3fe3c3723bc2f792 3fe3cd24bdb8aebd 3fe3d70aa02249aa
        3fe3e13968353024 3fe3ebbc67251529 3fe3f5f9a7f28e5c 3fe40063bcf6f18d 3fe40a46fcf7cbf9
        3fe413ffaf8ec91b 3fe41dcbbeb1424b 3fe42848535645ed 3fe43490e3ee9cf3 3fe4408a3f412663
        3fe44de31f266e3a 3fe45cc4fba2bb6f 3fe46eb50bc50f54 3fe489de10aa208c 3fe4c7da500604fb
        3fe4ea6123b0505a 3fe5003b88bf9785 3fe512e560844b82 3fe525ef7ca691eb 3fe539e593ad53bc
        3fe54f29279a5c98 3fe56914a53e98c4 3fe59c1a5d0914e2 3fe5b9f27ec466fa 3fe5ccb95a71c81f
        3fe5da79109eb4f6 3fe5e685c08c552e 3fe5f177c3b2e304 3fe5f9f55ffa696a 3fe60253ad9debe6
        3fe60b01c84f21b4 3fe61375e67d22aa 3fe61bbda9dfceb5 3fe6243e69db05d9 3fe62c1b970ea83d
        3fe6342fb113b86a 3fe63c7681fafcbe 3fe6451d5482b507 3fe64dbec2527bbc 3fe65778adb58aa8
        3fe662630a6ed7d8 3fe66f6c168222af 3fe680ff75d1e2d5 3fe6a3c5f0c1dc31 3fe6b489adfd9dea
        3fe6bed03d72df10 3fe6c705560d500d 3fe6ceac14b75160 3fe6d4d0622c6089 3fe6d9fd844dfb17
        3fe6dfa5e7d8d86f 3fe6e4a22a6113f6 3fe6e90d7f3975de 3fe6ed610d2ffa62 3fe6f16e89093b45
        3fe6f5829e225fd0 3fe6f95bcacbed92 3fe6fcefaaa535e3 3fe7009c7ef9c061 3fe7043c476aa7ff
        3fe7079e95a795c3 3fe70b0b08e757d2 3fe70e6d556690c8 3fe711c4d125fc6f 3fe714fa0a4d4d5e
        3fe718286ab3a1cf 3fe71b6adf3ab9a0 3fe71ee40bdf7aa0 3fe721da5b7c8ca1 3fe724d4973de898
        3fe727cd312285d4 3fe72aa3533eef6b 3fe72da78bee0f29 3fe730a21e630bff 3fe733a37ed5e75b
        3fe736cbbf81d006 3fe739d5b74ac00f 3fe73cea7587559c 3fe740312977987b 3fe74377a5da40de
        3fe746ff9bbba197 3fe74a5a5cf4a719 3fe74dd994483e33 3fe7514cad754696 3fe7550a91b641e4
        3fe75921bff96e40 3fe75d4289c72195 3fe761af8d94db2a 3fe766368ffc38e5 3fe76b71858674db
        3fe7711dc2db20bb 3fe776de09f288cd 3fe78045d08348a3 3fe79667db3a7ff1 3fe7a1cf7684d5e2
        3fe7a9161741fc62 3fe7ae476f53b178 3fe7b2fbb5e5f3e2 3fe7b74bf6ddf34e 3fe7baef5fcf83fe
        3fe7bea6ea2698a0 3fe7c20ef5640f22 3fe7c56d978d3059 3fe7c8a063a3ea6c 3fe7cbee6cae9757
        3fe7cf0afdef26ae 3fe7d218c8b10978 3fe7d55073275bd2 3fe7d8662e60da34 3fe7dba932bfc091
        3fe7deb6fe35f6a3 3fe7e26d8070503d 3fe7e5d1c3d9981e 3fe7e93c504fe838 3fe7edd969da26e8
        3fe7f3b43e9852e8 3fe803d66ca7ad2b 3fe8186754d11915 3fe82bce079028aa 3fe83ea907303178
        3fe851993e6a0182 3fe8664ad419cee6 3fe87cabf916d2e8 3fe89d84ff5c0515 3fe8e0b477280955
        3fe8f7497549274a 3fe904d7b7cf39d2 3fe90f75314abbcb 3fe9181dd0b9df77 3fe92181c1f8bd29
        3fe92955ffaaee09 3fe9313fad0f8d01 3fe93896046929b6 3fe93fe14da08e86 3fe946083429fdde
        3fe94cae8984a787 3fe952992156a2fd 3fe9589d383091d4 3fe95edd5a49dc23 3fe964b49a2b3ca6
        3fe96a4f002dd6a2 3fe96f9fd9b85b36 3fe9755e41e26150 3fe97b0b2ed797da 3fe9803cbec0bf6f
        3fe985ba217f1f13 3fe98abb61a5c402 3fe98fba9786ea58 3fe9948f45439ee8 3fe999e872df01dc
        3fe99f4875c76c7a 3fe9a464b1a7df2d 3fe9a990f50ea860 3fe9ae5e93852b0c 3fe9b30d7ad3c143
        3fe9b87d7388ae61 3fe9bdb1994150bf 3fe9c306ce4de4e9 3fe9c790e9d377df 3fe9cc8a91d0459e
        3fe9d1706d167341 3fe9d6712d0a4560 3fe9db5d92000abb 3fe9e08d3bb0faa6 3fe9e57e4ae0e6ce
        3fe9ea876838b183 3fe9efcfca29259e 3fe9f5102a944c4d 3fe9faad682e9ab4 3fea001058add08b
        3fea054077615d48 3fea0abc247c4bef 3fea104c735aef40 3fea163795559f8c 3fea1bc451cd0577
        3fea222456396d19 3fea27e0fb35907e 3fea2de80fd9b1b7 3fea33d4f954f33a 3fea3a4c0e2854c6
        3fea4100d39c96e2 3fea481e20a9db0a 3fea4f38528ba197 3fea56b3be531991 3fea5e41e1a6408e
        3fea662d0711b525 3fea6e1fe44477a8 3fea775225e6b398 3fea8107f6a5e94d 3fea8bbd11405fae
        3fea97316ef3eb5c 3feaa41e386ff213 3feab1f1f1b2b3c9 3feac3d23a69f7f2 3fead90e2c466b57
        3feafa384d44491a 3feb641a80b22876 3febeb33aefc7dcb 3fec24b09c1256ac 3fec40fbb2ac05fb
        3fec4ccf8ec48c5b 3fec581aa38ef5ad 3fec622549b9da25 3fec6b8229e884bb 3fec749e0f9f1482
        3fec7dd71f1bd6c2 3fec862f61d7f6ee 3fec8d488208281d 3fec9475df733c53 3fec9bfd62dacbdf
        3feca3868e74dea0 3fecaa63062c8cde 3fecb17493dfd113 3fecb891d02b5b25 3fecbf11c9a7ac29
        3fecc4e2b4488116 3feccb13e4f17f2f 3fecd0d6cd07fb6d 3fecd6da3d9d4b5e 3fecdcfb1d07dddc
        3fece231500ae27a 3fece794a6cda57e 3feced54f5e3de3e 3fecf35ab86121e2 3fecf8c3cdb74042
        3fecfe88ccdfa667 3fed03b4186b01ca 3fed08f817826583 3fed0e77dbd7a8d0 3fed13b45c174b17
        3fed1919e0e8160b 3fed1e78434db80c 3fed2360d1e5b4f9 3fed28d41610d248 3fed2df8d170192f
        3fed3326ac31f5e5 3fed3873bbccb33c 3fed3db98b0210d7 3fed42c81af18a57 3fed47e72574d695
        3fed4cf4858f4ab8 3fed5233a4bb3a10 3fed574099df5186 3fed5c747a646e15 3fed61b60383c01b
        3fed66d9b2e658e1 3fed6c05c9bb9370 3fed716043c56145 3fed7673dd214fad 3fed7bc5fa491ad8
        3fed817533d77af6 3fed86aa0e3fa469 3fed8bfbd3e92195 3fed915dc6a94ac0 3fed972a201e7752
        3fed9c730b78d1b6 3feda19ef871d231 3feda6e9be58a0a3 3fedacbee4ea154d 3fedb2c1dd257479
        3fedb88166fd7ede 3fedbe64faf767a2 3fedc457fe1240dc 3fedcac3fbfadd4e 3fedd0e4354d2385
        3fedd67b28f2a477 3feddcbe8552079f 3fede35aa1ba7ae1 3fedea4f5c3b7c90 3fedf09a3e30472c
        3fedf6cf891b788a 3fedfdfc5c33e918 3fee059d1b25f39a 3fee0cf8166b9124 3fee11d44cd4a1a5
        3fee15a99f7e403e 3fee196a4213b16c 3fee1d4840ddaf69 3fee20ee5c013c23 3fee24ec2f1d3e30
        3fee291e5515b32d 3fee2d7b04b564c2 3fee31da7aa5be6c 3fee3628927e50ae 3fee3a744b740b73
        3fee3eeb342572e4 3fee437fadeb6146 3fee481f1dbacb1f 3fee4cbcba17c2ad 3fee518cf9e5fb01
        3fee565542aeb2ad 3fee5b8427831ab0 3fee6098af559fd5 3fee6628e5247349 3fee6b8437765f70
        3fee713ebe6eb8c2 3fee77611737f34d 3fee7d912478c912 3fee8375cba463dc 3fee89e64b4de2b5
        3fee90c2f3d6da2a 3fee981bd023589a 3feea0219534c8e3 3feea8ed6f6d0c6d 3feeb1cf80971af3
        3feebb07875e5856 3feec5a40e6d8da4 3feed0aad0ff7f5d 3feedcb739624084 3feee87bf32c13e4
        3feef84b649c4dbf 3fef07418d9bce35 3fef1261a66e1c90 3fef1ef6dd1bb8a4 3fef2ca785c3aa8a
        3fef3d7a85cf4050 3fef55dbf36c89da 3fef82314d3373d3 3fefeaffc03b2f08 7e61f3ef9685386b
""",
        "unfused_c1": """
        3fc3f36eaa619c98 3fc560511c28435c 3fc81382ae099410 3fd6006a1f1ea708 3fd6aed723dec1b8
        3fd71b530d00c696 3fd7664ee3122d0a 3fe4169f6de7e102 3fe41c327a52907e 3fe46a4f8d7c640d
        3fe4a3059b275ec0 3fe4e80e81bd0d35 3fe537f50081e638 3fe5381ca06fb042 3fe55cbbc9145dcc
        3fe5605be9597ebe 3fe5c34a4b6b85da 3fe5f78533794884 3fe60e6b98bcd60a 3fe67599ca1b5d3d
        3fe6d9c365399825 3fe6db8061912940 3fe6f21537475bc8 3fe7255e15195d50 3fe72b999baa71a4
        3fe7340bad1bfc83 3fe7544f9e3779be 3fe765cda6c4738a 3fe778c1a4b795e7 3fe7a073c2e89675
        3fe7b8865c6815a8 3fe7c6613d283ba7 3fe7e5f830bd73af 3fe7ee7cd9a39929 3fe7f53795c84e1a
        3fe7f823e68cd47c 3fe7fa51145e85b7 3fe81bd4b81a12ac 3fe823f82af40f98 3fe8f051d6e14c9d
        3fe9a5b9ac862f08 3fe9f7c53ec2eaf5 3fea783c898fbcba
""",
        "unfused_poly4": """
        3fe77d8df38b3d4c
""",
        "unfused_r": """
        005564077a9eb4d5 3faa88019159aa60 3fc259b5d5d7edec 3fc692b13f046c9c 3fc95d3dff186c30
        3fd0b7d7635a0936 3fd4610b2076c9ae 3fd6200d8ad5548e 3fd780bfffc52806 3fd827363bcb1e8a
        3fd8e619470de81c 3fd9bccd21d08126 3fdab81fafd6fc8a 3fdbeb0142c38164 3fddc96a95a16928
        3fe19e27496cb9b9 3fe2ac5b97a4d4ad 3fe36ad7ab34517c 3fe3be4b591e869f 3fe409e90af27b76
        3fe4533f7efc270b 3fe494a16c723585 3fe4d4314acd1484 3fe5104a2b930872 3fe549b83ed912e7
        3fe57f7ab5d7f5ce 3fe5b4ede34b435e 3fe5e9d99858c6ab 3fe61c83fb4a66ff 3fe64c68dac1857d
        3fe67b05bc90f78d 3fe6a94da3c2abfe 3fe6d5b552ee1089 3fe701324d4ea921 3fe72af7595de931
        3fe754a273d855df 3fe77d164045e489 3fe7a5ae603ee7e8 3fe7cbe152e271a1 3fe7f256826bc1ae
        3fe81e14b43b6774 3fe84b74b20ce40f 3fe87c10fd579577 3fe8ad0b7a291c41 3fe8df7e41c2d15d
        3fe8feef39ccc68f 3fe91904d5d507ff 3fe932e86d16f981 3fe94e6a8f3f3c01 3fe968f5ad99d596
        3fe984b70d1cd155 3fe9a0ec7b86f895 3fe9beb548a9892a 3fe9dbe7e053195d 3fe9f9fff5d1f0ae
        3fea18be2186ab0b 3fea37a61d478a16 3fea56b68c262f59 3fea7742e7d4a02e 3fea994874e468e6
        3feabb020d7fb42e 3feadf1ab19463ad 3feb036afe45c38e 3feb29650b0cf56a 3feb509e96b80912
        3feb78e4be19ab41 3feba2ef7c9fddbf 3febce801c5bfde5 3febfc7c617d0a81 3fec2c96e84f827d
        3fec4d094b7b5ab3 3fec66ac20616a3d 3fec80479916c5e9 3fec9b7d256dfbad 3fecb75d35cc28a4
        3fecd48342f1a2bc 3fecf2a864ae6f37 3fed1270d6eeddc8 3fed3328a674d68d 3fed55b36334aaad
        3fed7a9bb8a20628 3feda08a49e61cc4 3fedc9d4aa45c0be 3fedf6afe3b9a941 3fee1bfda62f127d
        3fee355110048eb7 3fee50e4eb50b908 3fee6e8bb7a6623d 3fee8e5294b5b8a3 3feeb01bb13ea65c
        3feed5db4d013c3a 3fef01f245c4ce88 3fef1c65cab548bf 3fef3a4e0cd771b6 3fef5d57587aa851
        3fef84f616f7678d 3fefa176f221d019 3fefc5e6bb36e94a 3fefe6a0107c8401 7e040be4908e9a7a
""",
        "unfused_sy_inner": """
        0000073161fe06eb 00ec196492f6c2bc 01d7bbf45faf1956 02d2c06b8bdcaf44 03c234fc71077956
        04b380893e04b64b 05a8d4b10d078b0d 0692f6207d74e59b 07816659b0615adc 0873a4a7bc072c94
        0969421f5cb559de 0a56b82ba16f4d32 0b454936db6b573d 0c3e56550ed30f71 0d2d47ec14d5f158
        0e1f3a494e7cb331 0f18790fe0a01d08 1005d40d47523661 10f48f4eafceb43b 11d914ab33f520a0
        13022ceabcca10fe 13bddaa4be712726 14ee2b49e2d7d53d 159fda13287b72d4 16d0fb5014cdcabc
        178550a8b40a70a1 18ba8920eb8aa015 1966d78654f14b40 1a9a3fb0e978b617 1b49251b7afb11c8
        1c7e2c5cf48ddc2f 1d2d389c69c60183 1e664f6bc5250cc7 1f1192a648e2bfd5 2048db5f2eab78f2
        20f387ceeaf2c87d 222e711c0d5965bc 22d5daf8eb9e9018 2413b04609e8ed23 24b927f20a9b6b53
        25f6ece0d7221b68 269b2e14f24054ce 27dad57c9f34b8cf 287e15c58efcc9d3 2921037ca494d843
        2a14fe99273f83ec 2b040c582c71f973 2bf7dcaa7858dd4f 2cea446251e1cba2 2dd7b30620c7798c
        2ece653b6d2e0ac3 2fbb54a6cc8ec274 30b2fec214ad219f 31a2032950129743 329420dca151118e
        3387579354b058d9 346c666f60c237e0 35608d9301919b36 3650e1de7d761129 3741c0a58050abd0
        3832ddde391ecef8 3924a38e86bcb8f9 3a1457f985e5cbdf 3af0d6bef08b1420 3be287614386aa9b
        3ce86caa73745dec 3dc426a0ea53ddcf 3ea8c19941e34fa0 3f8f362b8fc69000 3f9f1b963ba1c420
        3fb928ff31cb57a8 3fbec19d1ea89e18 3fc1bd0991bcff24 3fc324fbdd9fbe68 3fc4872103d7c76c
        3fc5f1a87fee55b0 3fc754aa21e87d74 41fc850985c35351 44bcf458590d0509 4784b64e73d3ddee
        4a67c39c2151b578 4d184d9076dce1ac 500a0056aa54b060 52f98af6f065e9b4 55d03ff79986d6f9
        5817107467401fd9 5b2f6ec383042499 5db247f4fe3ea9db 60d5dc7938f0e608 636fd0deb6a6b6b0
        667fe065f8812782 69249cdf8815c3e0 6c292bdd999351e1 6ef15e565761acb7 71cecf6bd2eb2ec3
        74a56728112aabad 7780399ec1988925 7a52a58925b371d9 7d29685173f785c4 7fe7fdcf051485fe
""",
        "unfused_u": """
        000ed510a56d8f7c 3fa7c22d0913bc80 3fbd696d57cfd7c0 3fc573292694aeb8 3fc7e86ec0133654
        3fcbb01b56b07964 3fd2f2793c3c45ca 3fd4fa04f5c519ea 3fd633eb161b35da 3fd76c8cf02e0b18
        3fd81414ab6705a6 3fd8adcb074d7e18 3fd9a8fbc372d7e2 3fdad8a2b385f770 3fdc0843b8f87bda
        3fde5bd33607cd26 3fe1a3650ba69df9 3fe27b7ffc545827 3fe3114063861377 3fe38a628315fb4c
        3fe3d8747ac9efef 3fe42470b7517d4d 3fe46f7455421f5c 3fe4a647e4b2a931 3fe4ccdd6d3e3273
        3fe4f25058994ead 3fe51964ae093102 3fe53f7abd30f570 3fe5655953248743 3fe58bd88fc77d3e
        3fe5b35c7ab33011 3fe5d9fe64a47960 3fe600eb4ebc28f0 3fe627f1abbe64e3 3fe64efc31463431
        3fe675623739c969 3fe69b6581f3384f 3fe6c23851f8954c 3fe6e88b3b766f18 3fe70e3811360746
        3fe735609c621aac 3fe75b8ef4a6b069 3fe781aa582a74b6 3fe7a90b329ed442 3fe7cef7a4791877
        3fe7f4ab35fdbb03 3fe81aa4c0577830 3fe84096041b9df7 3fe866aec0f719c3 3fe88d24772a5377
        3fe8b29425fea220 3fe8d869673fac3a 3fe902914c79dfcc 3fe9284a0236b918 3fe94e730425f50c
        3fe975e1de72ef14 3fe99c2e17410623 3fe9c29647853657 3fe9e80481355b58 3fea0f626311fe79
        3fea35566b23a37a 3fea5a91edc27670 3fea80906bbad19a 3feaa79d3fcbda44 3feacda9fbca7518
        3feaf3a4fce8b029 3feb19c0d1ff581d 3feb40fbc1ad50bd 3feb67d7c8aebe12 3feb8e1b6f74a074
        3febb486f3edde5b 3febda3beb83639b 3fec00d307bf1b9d 3fec282a3b8222d1 3fec4ea0ca15459f
        3fec7470e73890de 3fec9a9ba1817c8e 3fecc07baa66a607 3fece672ffc79761 3fed0d639087244a
        3fed338fa2b39536 3fed58d43baf56aa 3fed8088541745ac 3feda67cf9816fe8 3fedcc510ccaaf7d
        3fedf184b7664008 3fee17d47fdfbc15 3fee3d37a5d3ddc9 3fee64208af0765f 3fee8962b29c263f
        3feeae94a4ddd7a9 3feed495eb420093 3feefb453eaab757 3fef2192a2041ec9 3fef4952be22fd18
        3fef706a91ad92d7 3fef96eb2818c9ba 3fefbded9e396e2d 3fefe47f9daf7b3d 7fd641b2786ffb52
""",
    },
}

CAPABILITIES = ("avx2", "avx512")


def f32(b):
    return struct.unpack("<f", struct.pack("<I", b))[0]


def bits32(x):
    return struct.unpack("<I", struct.pack("<f", x))[0]


def f64(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def bits64(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def hard(name):
    out = []
    for kind in sorted(HARD[name]):
        out += [int(h, 16) for h in HARD[name][kind].split()]
    return out


def inputs_f32():
    v = [0x00000000, 0x00000001, 0x00000002, 0x00000003, 0x00400000, 0x007ffffe, 0x007fffff]
    for k in range(-126, 128):  # 2^k and 0.75 2^k, +-1 ulp
        for b in (bits32(2.0**k), bits32(0.75 * 2.0**k)):
            v += [b - 1, b, b + 1]
    for k in range(-149, -126):
        v += [1 << (k + 149)]
    v += list(range(0x3f800000 - 16, 0x3f800000 + 17))  # near 1
    v += list(range(0x7f7ffff0, 0x7f800000))  # the largest values
    v += [0x7f800000, 0x7fc00000, 0x7f800001, 0xffc00000]  # inf, NaN
    v += [0x80000000, 0x80000001, 0x80800000, 0xbf800000, 0xff7fffff, 0xff800000]  # negatives
    v += hard("logf")
    r = random.Random(20260214)
    v += [bits32(r.randrange(1, 1 << 24) * 2.0**-24) for _ in range(400)]
    v += [r.randrange(1, 0x3f800000) for _ in range(200)]
    v += [r.randrange(1, 0x7f800000) for _ in range(200)]
    return sorted(set(b for b in v if 0 <= b < 1 << 32))


def inputs_f64():
    v = [0, 1, 2, 3, 1 << 51, (1 << 52) - 2, (1 << 52) - 1]
    ks = sorted(set(list(range(-1022, -1000)) + list(range(-80, 81)) + list(range(1000, 1024))
                    + list(range(-1022, 1024, 16))))
    for k in ks:  # 2^k and 0.75 2^k, +-1 ulp
        for b in (bits64(2.0**k), bits64(0.75 * 2.0**k)):
            v += [b - 1, b, b + 1]
    for k in range(-1074, -1022, 4):
        v += [1 << (k + 1074)]
    one = bits64(1.0)
    v += list(range(one - 16, one + 17))
    v += list(range(0x7feffffffffffff0, 0x7ff0000000000000))
    v += [0x7ff0000000000000, 0x7ff8000000000000, 0x7ff0000000000001, 0xfff8000000000000]
    v += [0x8000000000000000, 0x8000000000000001, 0x8010000000000000, 0xbff0000000000000,
          0xffefffffffffffff, 0xfff0000000000000]
    v += hard("log")
    r = random.Random(20260215)
    v += [bits64(r.randrange(1, 1 << 53) * 2.0**-53) for _ in range(400)]
    v += [r.randrange(1, 0x3ff0000000000000) for _ in range(200)]
    v += [r.randrange(1, 0x7ff0000000000000) for _ in range(200)]
    return sorted(set(b for b in v if 0 <= b < 1 << 64))


def is_nan(b, width):
    if width == 32:
        return (b & 0x7fffffff) > 0x7f800000
    return (b & 0x7fffffffffffffff) > 0x7ff0000000000000


def child(capability):
    """Print {"meta": ..., "logf": [out bits], "log": [out bits]} for this capability."""
    import numpy as np
    import torch

    torch.set_num_threads(1)
    got = torch.backends.cpu.get_cpu_capability()
    if got != capability.upper():
        sys.exit(f"ATEN_CPU_CAPABILITY={capability} gave capability {got}")
    if not torch.__version__.startswith("2.14."):
        sys.exit(f"torch 2.14 expected, found {torch.__version__}")
    result = {}
    for name, dtype, width, inputs in (
        ("logf", np.float32, 32, inputs_f32()),
        ("log", np.float64, 64, inputs_f64()),
    ):
        utype = np.uint32 if width == 32 else np.uint64
        x = np.array(inputs, dtype=utype).view(dtype)
        bulk = torch.from_numpy(x.copy()).log_().numpy().view(utype)
        # The same inputs in short tensors (every numel 1..40, all tail) and a strided view.
        parts, k, n = [], 0, 1
        while k < len(x):
            parts.append(torch.from_numpy(x[k:k + n].copy()).log_().numpy().view(utype))
            k += n
            n = n % 40 + 1
        short = np.concatenate(parts)
        wide = torch.from_numpy(np.repeat(x, 3).copy())
        strided = wide[1::3].log_().numpy().view(utype)
        for what, other in (("short tensors", short), ("a strided view", strided)):
            for a, b, i in zip(bulk, other, inputs):
                if a != b and not (is_nan(int(a), width) and is_nan(int(b), width)):
                    sys.exit(f"{name}({i:x}): {what} gave {int(b):x}, a long tensor {int(a):x}")
        result[name] = [int(b) for b in bulk]
    sleef = sorted(set(
        os.path.realpath(line.split()[-1]) for line in open("/proc/self/maps")
        if "libsleef" in line
    ))
    dpkg = ""
    try:
        with open("/var/lib/dpkg/status") as fh:
            for block in fh.read().split("\n\n"):
                if block.startswith("Package: libsleef3\n"):
                    dpkg = [ln[9:] for ln in block.splitlines() if ln.startswith("Version: ")][0]
    except OSError:
        pass
    result["meta"] = {
        "torch": torch.__version__,
        "numpy": np.__version__,
        "python": platform.python_version(),
        "platform": f"{platform.system()} {platform.machine()}",
        "sleef": [os.path.basename(p) for p in sleef],
        "libsleef3": dpkg,
    }
    json.dump(result, sys.stdout)


def main(out):
    runs = {}
    for cap in CAPABILITIES:
        env = dict(os.environ, ATEN_CPU_CAPABILITY=cap)
        proc = subprocess.run([sys.executable, os.path.abspath(__file__), "--child", cap],
                              env=env, capture_output=True, text=True)
        if proc.returncode != 0:
            sys.exit(f"{cap}: {proc.stderr.strip()}")
        runs[cap] = json.loads(proc.stdout)
    meta = runs["avx2"]["meta"]
    if runs["avx512"]["meta"] != meta:
        sys.exit(f"the runs differ in their versions: {runs['avx512']['meta']} vs {meta}")
    doc = {
        "torch": meta["torch"],
        "sleef": f"{', '.join(meta['sleef'])} (Debian libsleef3 {meta['libsleef3']})",
        "python": meta["python"],
        "numpy": meta["numpy"],
        "platform": meta["platform"],
        "capabilities": "avx2 and avx512 (identical bits apart from NaN payloads); avx2's bits",
        "format": "per function: [input bits, output bits] as hex (float32: 8 digits, float64: 16)",
    }
    for name, width, inputs in (("logf", 32, inputs_f32()), ("log", 64, inputs_f64())):
        a, b = runs["avx2"][name], runs["avx512"][name]
        for i, x, y in zip(inputs, a, b):
            if x != y and not (is_nan(x, width) and is_nan(y, width)):
                sys.exit(f"{name}({i:x}): avx2 gave {x:x}, avx512 {y:x}")
        digits = width // 4
        doc[name] = {
            "type": f"float{width}",
            "vectors": [[f"{i:0{digits}x}", f"{o:0{digits}x}"] for i, o in zip(inputs, a)],
        }
    text = json.dumps(doc, indent=2, sort_keys=True)
    # One vector per line keeps the file short and diffs readable.
    text = text.replace('[\n        "', '["').replace('",\n        "', '","')
    text = text.replace('"\n      ]', '"]')
    with open(out, "w") as fh:
        fh.write(text + "\n")
    print(f"wrote {out}: {len(doc['logf']['vectors'])} float32 and {len(doc['log']['vectors'])} "
          f"float64 vectors, torch {meta['torch']}, {doc['sleef']}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child(sys.argv[2])
    elif len(sys.argv) == 2:
        main(sys.argv[1])
    else:
        sys.exit(__doc__)
