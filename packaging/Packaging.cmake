# CPack: .deb on Linux (verified here), NSIS installer on Windows (config only: a Windows
# runner with vcpkg and NSIS builds it; not verified on this project's Linux machines).
set(CPACK_PACKAGE_NAME "liaison")
set(CPACK_PACKAGE_VENDOR "Liaison project")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Liaison")
set(CPACK_RESOURCE_FILE_README "${CMAKE_SOURCE_DIR}/README.md")
if(WIN32)
  set(CPACK_GENERATOR "NSIS")
  set(CPACK_NSIS_DISPLAY_NAME "Liaison")
  set(CPACK_NSIS_PACKAGE_NAME "Liaison")
  # TODO(windows): an .ico made from resources/icons/liaison.svg for CPACK_NSIS_MUI_ICON.
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_NSIS_CREATE_ICONS_EXTRA
      "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Liaison.lnk' '$INSTDIR\\\\bin\\\\liaison.exe'")
  set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Liaison.lnk'")
else()
  set(CPACK_GENERATOR "DEB")
  set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Liaison project")
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_SECTION "net")
endif()
include(CPack)
