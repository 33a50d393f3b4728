# Installation beyond the three programs, and CPack: one .deb on Linux (built and checked by
# scripts/package.sh and the tst_package test), an NSIS installer on Windows (configuration
# only: built by .github/workflows/windows.yml on a Windows runner, which has not run yet).
include(GNUInstallDirs)

set(LIAISON_PACKAGING_DIR "${CMAKE_SOURCE_DIR}/packaging")
set(LIAISON_ICON_SVG "${CMAKE_SOURCE_DIR}/resources/icons/liaison.svg")

if(UNIX AND NOT APPLE)
  # ---- Desktop integration: .desktop file, AppStream metainfo, hicolor icons ----------------
  set(data "${CMAKE_BINARY_DIR}/packaging")
  configure_file("${LIAISON_PACKAGING_DIR}/linux/liaison.desktop.in"
                 "${data}/${LIAISON_APP_ID}.desktop" @ONLY)
  configure_file("${LIAISON_PACKAGING_DIR}/linux/liaison.metainfo.xml.in"
                 "${data}/${LIAISON_APP_ID}.metainfo.xml" @ONLY)
  install(FILES "${data}/${LIAISON_APP_ID}.desktop"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
  install(FILES "${data}/${LIAISON_APP_ID}.metainfo.xml"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
  install(FILES "${LIAISON_ICON_SVG}" RENAME "${LIAISON_APP_ID}.svg"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")

  set(generated "")
  # PNG sizes for menus and docks that do not scale SVG, made from the one SVG at build time.
  find_program(LIAISON_RSVG_CONVERT rsvg-convert)
  if(LIAISON_RSVG_CONVERT)
    foreach(size 16 22 24 32 48 64 128 256)
      set(png "${data}/icons/${size}x${size}/${LIAISON_APP_ID}.png")
      add_custom_command(
        OUTPUT "${png}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${data}/icons/${size}x${size}"
        COMMAND "${LIAISON_RSVG_CONVERT}" -w ${size} -h ${size} -o "${png}" "${LIAISON_ICON_SVG}"
        DEPENDS "${LIAISON_ICON_SVG}"
        COMMENT "Icon ${size}x${size}"
        VERBATIM)
      list(APPEND generated "${png}")
      install(FILES "${png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
  else()
    message(WARNING "rsvg-convert (librsvg2-bin) not found: only the scalable icon is installed")
  endif()

  # ---- Man pages, made from each program's --help (cmake/ManPage.cmake) ---------------------
  find_program(LIAISON_GZIP gzip)
  if(NOT CMAKE_CROSSCOMPILING AND LIAISON_GZIP)
    # Pages: output, program target, template, language (LC_ALL of the help).
    set(pages
        "man1/liaison.1.gz|liaison|liaison.1.in|C"
        "fr/man1/liaison.1.gz|liaison|liaison.fr.1.in|fr_CA.UTF-8"
        "man1/liaison-hub.1.gz|liaison-hub|liaison-hub.1.in|C"
        "man1/liaison-cli.1.gz|liaison-cli|liaison-cli.1.in|C")
    foreach(page IN LISTS pages)
      string(REPLACE "|" ";" fields "${page}")
      list(GET fields 0 output)
      list(GET fields 1 program)
      list(GET fields 2 template)
      list(GET fields 3 language)
      set(out "${data}/man/${output}")
      add_custom_command(
        OUTPUT "${out}"
        # A fixed environment: the C or French locale, no saved language setting, no display;
        # no leak report from an AddressSanitizer build's exit.
        COMMAND ${CMAKE_COMMAND} -E env LC_ALL=${language} LANGUAGE= QT_QPA_PLATFORM=offscreen
                "XDG_CONFIG_HOME=${data}/man/config" "XDG_RUNTIME_DIR=${data}/man/runtime"
                ASAN_OPTIONS=detect_leaks=0
                ${CMAKE_COMMAND} "-DPROGRAM=$<TARGET_FILE:${program}>" -DNAME=${program}
                "-DTEMPLATE=${LIAISON_PACKAGING_DIR}/linux/man/${template}" "-DOUTPUT=${out}"
                -DVERSION=${PROJECT_VERSION} -DDATE=${LIAISON_RELEASE_DATE}
                "-DGZIP=${LIAISON_GZIP}" -P "${CMAKE_SOURCE_DIR}/cmake/ManPage.cmake"
        DEPENDS ${program} "${LIAISON_PACKAGING_DIR}/linux/man/${template}"
                "${CMAKE_SOURCE_DIR}/cmake/ManPage.cmake"
        COMMENT "Man page ${output} from ${program} --help"
        VERBATIM)
      list(APPEND generated "${out}")
      get_filename_component(section_dir "${output}" DIRECTORY)
      install(FILES "${out}" DESTINATION "${CMAKE_INSTALL_MANDIR}/${section_dir}")
    endforeach()
  endif()

  # ---- The package's documentation (Debian wants both in /usr/share/doc/liaison) -------------
  set(doc_dir "${CMAKE_INSTALL_DATAROOTDIR}/doc/liaison")
  configure_file("${LIAISON_PACKAGING_DIR}/linux/changelog.in" "${data}/doc/changelog" @ONLY)
  if(LIAISON_GZIP)
    add_custom_command(
      OUTPUT "${data}/doc/changelog.gz"
      COMMAND "${LIAISON_GZIP}" -9nkf "${data}/doc/changelog"
      DEPENDS "${data}/doc/changelog"
      VERBATIM)
    list(APPEND generated "${data}/doc/changelog.gz")
    install(FILES "${data}/doc/changelog.gz" DESTINATION "${doc_dir}")
  endif()
  install(FILES "${LIAISON_PACKAGING_DIR}/linux/copyright" DESTINATION "${doc_dir}")

  add_custom_target(liaison_linux_data ALL DEPENDS ${generated})

  # ---- Shell completion ------------------------------------------------------------------------
  install(FILES "${LIAISON_PACKAGING_DIR}/linux/completions/liaison-cli"
                "${LIAISON_PACKAGING_DIR}/linux/completions/liaison-hub"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions")

  # ---- The hub as a system service: unit and system user (not enabled by the package) --------
  # Absolute paths, as systemd looks for them (/lib/systemd/system on Debian 12).
  set(unit_dir /lib/systemd/system)
  set(sysusers_dir /usr/lib/sysusers.d)
  pkg_get_variable(pc_unit_dir systemd systemdsystemunitdir)
  pkg_get_variable(pc_sysusers_dir systemd sysusersdir)
  if(pc_unit_dir)
    set(unit_dir "${pc_unit_dir}")
  endif()
  if(pc_sysusers_dir)
    set(sysusers_dir "${pc_sysusers_dir}")
  endif()
  set(LIAISON_SYSTEMD_UNIT_DIR "${unit_dir}" CACHE PATH "Where liaison-hub.service goes")
  set(LIAISON_SYSUSERS_DIR "${sysusers_dir}" CACHE PATH "Where the hub's sysusers.d file goes")
  install(FILES "${LIAISON_PACKAGING_DIR}/linux/liaison-hub.service"
          DESTINATION "${LIAISON_SYSTEMD_UNIT_DIR}")
  install(FILES "${LIAISON_PACKAGING_DIR}/linux/liaison-hub.sysusers"
          RENAME liaison-hub.conf DESTINATION "${LIAISON_SYSUSERS_DIR}")
endif()

# ---- CPack ---------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "liaison")
set(CPACK_PACKAGE_VENDOR "Liaison project")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "incident board, secure chat and visits for response centres")
# The extended description of the .deb: lines under 80 columns, "." for an empty line.
set(CPACK_PACKAGE_DESCRIPTION
    "Liaison is a desktop workstation for analysts of national cyber-incident
response centres who work across a border: a shared incident board, secure
chat with the counterpart centre and a visit and contact scheduler, in English
and French. Each desktop keeps an encrypted local profile (SQLCipher) and
syncs it through a hub over WebSockets, with TLP 2.0 markings enforced at
every share.
.
This package contains the desktop application (liaison), the sync hub
(liaison-hub, with a systemd unit that is not enabled by default) and the
command-line client for scripts (liaison-cli).")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Liaison")
set(CPACK_PACKAGE_HOMEPAGE_URL "${LIAISON_HOMEPAGE}")
set(CPACK_RESOURCE_FILE_README "${CMAKE_SOURCE_DIR}/README.md")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
if(WIN32)
  set(CPACK_GENERATOR "NSIS")
  set(CPACK_NSIS_DISPLAY_NAME "Liaison")
  set(CPACK_NSIS_PACKAGE_NAME "Liaison")
  set(CPACK_NSIS_URL_INFO_ABOUT "${LIAISON_HOMEPAGE}")
  set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\liaison.exe")
  # The installer's and uninstaller's icon, made from resources/icons/liaison.svg by the
  # workflow (ImageMagick on the runner); without it NSIS uses its own.
  if(EXISTS "${CMAKE_BINARY_DIR}/liaison.ico")
    set(CPACK_NSIS_MUI_ICON "${CMAKE_BINARY_DIR}/liaison.ico")
    set(CPACK_NSIS_MUI_UNIICON "${CMAKE_BINARY_DIR}/liaison.ico")
  endif()
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_NSIS_CREATE_ICONS_EXTRA
      "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Liaison.lnk' '$INSTDIR\\\\bin\\\\liaison.exe'")
  set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Liaison.lnk'")
  # Qt's DLLs, plugins and translations beside the programs: windeployqt, run by the
  # workflow into this folder before cpack (see .github/workflows/windows.yml).
  install(DIRECTORY "${CMAKE_BINARY_DIR}/deploy/" DESTINATION bin OPTIONAL)
  # The MSVC runtime DLLs beside them too (windeployqt runs with --no-compiler-runtime).
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
  include(InstallRequiredSystemLibraries)
else()
  set(CPACK_GENERATOR "DEB")
  set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${LIAISON_MAINTAINER}")
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${LIAISON_HOMEPAGE}")
  set(CPACK_DEBIAN_PACKAGE_SECTION "net")
  set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  # Loaded as plugins, so shlibdeps cannot see them: the SVG icon engine (libqt6svg6).
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
  # French Qt dialogs; Wayland sessions without XWayland.
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
  set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${LIAISON_PACKAGING_DIR}/linux/postinst"
                                         "${LIAISON_PACKAGING_DIR}/linux/prerm"
                                         "${LIAISON_PACKAGING_DIR}/linux/postrm")
  set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
  set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
endif()
include(CPack)
